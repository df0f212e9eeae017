package org.deptbot.core.tips;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DangerReaderTest {

  @ParameterizedTest(name = "\"{0}\" reads like an emergency")
  @ValueSource(
      strings = {
        "It is happening now behind the gas station",
        "it's happening right now!!",
        "Someone is hurt on 5th street",
        "my brother’s been shot",
        "I'm hurt, he hit me",
        "There is a man bleeding in the alley",
        "she can't breathe",
        "He can’t breathe",
        "he has a GUN",
        "Shots fired near the school",
        "shots were fired on Elm",
        "they are breaking in to the house next door",
        "someone broke into my car and is still inside",
        "the garage is on fire",
        "FIRE in the apartment building",
        "please help me",
        "Help us, we are stuck",
        "I'm being attacked",
        "a woman is being followed by a van",
        "my neighbor is overdosing",
        "guy with a knife outside the bar",
        "he said he is going to kill her",
        "call 911",
        "there's a shooter at the mall",
        "burglary in progress"
      })
  void spotsAnEmergencyInProgress(String text) {
    assertThat(DangerReader.looksLikeEmergency(text)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is an ordinary tip")
  @ValueSource(
      strings = {
        "The white van from the notice parks on Elm St every night",
        "A car has been parked by the fire hydrant on 4th for a week",
        "I saw the fire truck go by earlier, then the suspect walked into the fire station",
        "He was fired from the warehouse last month and has been bragging since",
        "I think the man in the photo is my old classmate Jordan",
        "The gunnery range closed last year",
        "Nobody was around when I walked past",
        "She said the bike was stolen from the shed on Tuesday",
        "",
        "   "
      })
  void leavesOrdinaryTipsAlone(String text) {
    assertThat(DangerReader.looksLikeEmergency(text)).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my husband is hitting me | EMERGENCY",
        "a crash just happened, people are hurt | EMERGENCY",
        "mi esposo me está pegando | EMERGENCY",
        "I want to kill myself | SELF_HARM",
        "me quiero matar | SELF_HARM",
        "mi ex dice que me va a matar | EMERGENCY",
        "he says he is going to kill me | EMERGENCY",
        "the fire hydrant is leaking | NONE",
        "he shot a video of the guys | NONE",
        "hit and run last week, nobody hurt | NONE",
        "this is not an emergency, but the van is back | NONE"
      })
  void readsWhatKindOfDanger(String text, Danger expected) {
    assertThat(DangerReader.classify(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void selfHarmOutranksAnotherEmergency() {
    assertThat(Danger.EMERGENCY.or(Danger.SELF_HARM)).isEqualTo(Danger.SELF_HARM);
    assertThat(Danger.SELF_HARM.or(Danger.NONE)).isEqualTo(Danger.SELF_HARM);
    assertThat(Danger.NONE.or(null)).isEqualTo(Danger.NONE);
    assertThat(DangerReader.classify("he has a gun and says he wants to die"))
        .isEqualTo(Danger.SELF_HARM);
  }

  @org.junit.jupiter.api.Test
  void saysWhichPhraseItFound() {
    assertThat(DangerReader.firstMatch("there were shots fired by the park"))
        .contains("shots fired");
    assertThat(DangerReader.firstMatch(null)).isEmpty();
  }
}
