package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.testing.NoticeNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatch supervisor (s-055) posts an emergency notice in free text through the training chat
 * and the real engine; the approver (s-010) gets a review card at once, reviews it, and the card is
 * redrawn to say who reviewed it. A dispatcher (s-050) is refused {@code /emergency}.
 */
@BotIntegrationTest
class TrainingEmergencyIT {

  private static final String SUPERVISOR = "s-055";
  private static final String APPROVER = "s-010";
  private static final String DISPATCHER = "s-050";

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  @Autowired Notices notices;
  @Autowired AuditLog audit;
  TrainingTalk talk;

  @BeforeEach
  void setUp() {
    talk = new TrainingTalk(chat, personas);
    talk.say(SUPERVISOR, "/cancel");
    talk.say(APPROVER, "/cancel");
  }

  @Test
  void theDispatchSupervisorPostsAtOnceAndTheApproverReviewsIt() {
    talk.say(SUPERVISOR, "/help");
    assertThat(talk.await(SUPERVISOR, e -> e.html().contains("/notice")).html())
        .contains("/emergency");

    talk.say(SUPERVISOR, "/emergency");
    press(SUPERVISOR, "Weather emergency");
    press(SUPERVISOR, "Severe");
    // the seed's channel names already say their platform, so it is not said twice
    List<String> channelLabels =
        talk
            .await(SUPERVISOR, e -> TrainingTalk.button(e, "[x] #announcements") != null)
            .buttons()
            .stream()
            .flatMap(List::stream)
            .map(Transcript.PageButton::label)
            .toList();
    assertThat(channelLabels)
        .contains("[x] #announcements (Discord)", "[x] Riverton PD Alerts (Telegram channel)")
        .noneMatch(label -> label.endsWith(") (Discord)") || label.endsWith(") (Telegram)"));
    press(SUPERVISOR, "Next"); // the channels of the category, ticked
    press(SUPERVISOR, "Next"); // the whole area
    // each typed answer offers a way out too (a supervisor on a phone need not know /cancel)
    assertThat(
            TrainingTalk.button(
                talk.await(SUPERVISOR, e -> e.html().contains("Type the notice")), "Discard"))
        .isNotNull();
    talk.say(
        SUPERVISOR, "Chlorine leak at the water plant on Mill Rd. Stay indoors, windows shut.");
    // the department speaks Spanish too: the text as typed goes under the Spanish title, asked no
    // more about
    assertThat(
            TrainingTalk.button(
                talk.await(
                    SUPERVISOR, e -> e.html().contains("Why does no approved template fit?")),
                "Discard"))
        .isNotNull();
    talk.say(SUPERVISOR, "Chemical leak; no template covers it");

    Transcript.Entry control =
        talk.await(SUPERVISOR, e -> TrainingTalk.button(e, "Confirm: post now") != null);
    assertThat(control.html())
        .contains("Goes out at once, without approval")
        .containsPattern(
            "review it by (?:[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}, )?\\d{2}:\\d{2} UTC")
        .contains("Chemical leak; no template covers it");
    talk.press(SUPERVISOR, control, "Confirm: post now");
    Transcript.Entry posted = talk.await(SUPERVISOR, e -> e.html().contains("Posted as"));
    String id = NoticeNumbers.in(posted.html());
    Notice notice = notices.byId(id).orElseThrow();
    assertThat(notice.templateId()).isNull();
    assertThat(notice.emergency().reason()).isEqualTo("Chemical leak; no template covers it");
    assertThat(notice.latest().in("es").title()).isEqualTo("Emergencia meteorológica");
    assertThat(notice.latest().in("es").body()).startsWith("Chlorine leak at the water plant");

    talk.newTurn(APPROVER);
    Transcript.Entry card =
        talk.await(
            APPROVER,
            e -> e.html().contains("Emergency notice " + id) && e.html().contains("Review by"));
    assertThat(card.html())
        .contains("Sgt. Marcus Hale (Dispatch)", "Chlorine leak at the water plant")
        .containsPattern("Review by (?:[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}, )?\\d{2}:\\d{2} UTC");
    talk.press(APPROVER, card, "Looks right");
    talk.await(APPROVER, e -> e.html().contains(id + " is marked as reviewed"));

    await()
        .atMost(TrainingTalk.WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        chat.transcript(APPROVER).after(0).stream()
                            .filter(e -> e.id().equals(card.id()))
                            .reduce((older, newer) -> newer) // an edit is kept as a new entry
                            .orElseThrow())
                    .satisfies(
                        redrawn -> {
                          assertThat(redrawn.html())
                              .contains("Reviewed by Deputy Chief Maria Alvarez");
                          assertThat(redrawn.buttons()).isEmpty();
                        }));
    assertThat(notices.byId(id).orElseThrow().emergency().reviewedBy()).isEqualTo(APPROVER);
    assertThat(audit.about("notice:" + id))
        .extracting(e -> e.action() + " " + e.actor())
        .contains("notice.emergency_issued s-055", "notice.emergency_reviewed s-010");
  }

  @Test
  void discardingAtTheTextPostsNothingAndTheNextWordsAreNotTakenForIt() {
    long before = notices.count();
    talk.newTurn(SUPERVISOR);
    talk.say(SUPERVISOR, "/emergency");
    press(SUPERVISOR, "Road closure");
    press(SUPERVISOR, "Moderate");
    press(SUPERVISOR, "Next");
    press(SUPERVISOR, "Next");
    talk.press(
        SUPERVISOR, talk.await(SUPERVISOR, e -> e.html().contains("Type the notice")), "Discard");
    talk.await(SUPERVISOR, e -> e.html().contains("Discarded. Nothing was posted."));
    talk.say(SUPERVISOR, "Oak Ave closed both ways");
    // no longer in the flow: the words are not asked "why no template fits"
    assertThat(talk.await(SUPERVISOR, e -> e.from().equals("bot")).html())
        .doesNotContain("Why does no approved template fit?");
    assertThat(notices.count()).isEqualTo(before);
  }

  @Test
  void aDispatcherGetsTheStandardRefusal() {
    talk.say(DISPATCHER, "/emergency");
    talk.await(DISPATCHER, e -> e.html().contains("That command is not available to you"));
    talk.say(DISPATCHER, "/help");
    assertThat(talk.await(DISPATCHER, e -> e.html().contains("/notice")).html())
        .doesNotContain("/emergency");
  }

  private void press(String persona, String label) {
    talk.press(persona, talk.await(persona, e -> TrainingTalk.button(e, label) != null), label);
  }
}
