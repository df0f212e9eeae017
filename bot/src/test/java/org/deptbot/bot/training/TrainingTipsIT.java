package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.bot.training.TrainingTalk.button;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.NoticeNumbers;
import org.deptbot.core.testing.TestPictures;
import org.deptbot.core.tips.Danger;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipStatus;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of the public answers a tip solicitation in the training chat. Someone describing an
 * emergency is told to call 911 before anything else; the tip reaches the dispatcher without a
 * trace of who sent it; the dispatcher's question reaches the tipster through the bot, and the
 * answer comes back.
 */
@BotIntegrationTest
class TrainingTipsIT {

  private static final String TIPSTER = TrainingPersonas.PUBLIC;
  private static final String DISPATCHER = "s-050"; // Kelly Brennan, the tips desk by default
  private static final Pattern TIP_ID = Pattern.compile("T-\\d{4}-\\d{6}");
  private static final String CALL_911 = "If someone is in danger right now, please call 911.";

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  private TrainingTalk talk;

  @BeforeEach
  void talk() {
    talk = new TrainingTalk(chat, personas);
  }

  @Autowired ChatEngine engine;
  @Autowired Tips tips;

  @Test
  void anEmergencyIsToldToCall911FirstAndTheDispatchersQuestionReachesTheAnonymousTipster()
      throws Exception {
    String notice = issueTipSolicitation();
    talk.say(TIPSTER, "/tip " + notice);
    talk.await(TIPSTER, e -> e.html().contains("What do you know?"));

    talk.say(TIPSTER, "Shots fired behind the laundromat on Elm, someone is hurt, happening now");
    List<Transcript.Entry> replies = talk.botSince(TIPSTER);
    assertThat(replies).isNotEmpty();
    assertThat(replies.get(0).html()).startsWith("<b>" + CALL_911 + "</b>");
    assertThat(replies.get(0).html()).doesNotContain("photo");
    talk.press(TIPSTER, talk.await(TIPSTER, e -> button(e, "Skip") != null), "Skip");
    talk.press(
        TIPSTER, talk.await(TIPSTER, e -> button(e, "Stay anonymous") != null), "Stay anonymous");
    String id = send();

    Transcript.Entry card = talk.await(DISPATCHER, e -> e.html().contains("Tip " + id));
    assertThat(card.html())
        .contains("Shots fired behind the laundromat", "In answer to notice " + notice)
        .contains("Anonymous: nobody at the department can see who sent it")
        .contains("URGENT: this may be danger happening now")
        .doesNotContain("training:", "public");
    Tip stored = tips.byId(id).orElseThrow();
    assertThat(stored.danger()).isEqualTo(Danger.EMERGENCY);
    assertThat(stored.noticeId()).isEqualTo(notice);
    assertThat(stored.contact()).isNull();
    assertThat(stored.tipsterChat()).startsWith("sealed:").doesNotContain("public");

    talk.press(DISPATCHER, card, "Ask tipster");
    talk.await(DISPATCHER, e -> e.html().contains("What would you like to ask the tipster"));
    talk.say(DISPATCHER, "Which way did they run?");
    talk.await(DISPATCHER, e -> e.html().contains("on its way"));

    talk.await(
        TIPSTER, e -> e.html().contains("about your tip " + id + ": Which way did they run?"));
    // a plain reply is the answer: no command, no key
    talk.say(TIPSTER, "Toward the river, on foot");
    talk.await(TIPSTER, e -> e.html().contains("Sent to the department with " + id));

    talk.await(
        DISPATCHER, e -> e.html().contains("The tipster answered: Toward the river, on foot"));
    assertThat(tips.byId(id).orElseThrow().status()).isEqualTo(TipStatus.ACKNOWLEDGED);

    // answered: what they write next is not added to the tip
    talk.say(TIPSTER, "ok");
    talk.await(TIPSTER, e -> e.html().contains("I didn’t understand that"));
    assertThat(tips.byId(id).orElseThrow().events()).noneMatch(e -> e.note().equals("ok"));
  }

  @Test
  void someoneWritingOfSelfHarmIsGiven988FirstAndTheTipIsStillTaken() throws Exception {
    talk.say(TIPSTER, "/tip");
    talk.await(TIPSTER, e -> e.html().contains("What do you know?"));
    talk.say(TIPSTER, "I want to kill myself, I cannot do this anymore");

    List<Transcript.Entry> replies = talk.botSince(TIPSTER);
    assertThat(replies.get(0).html()).contains("988", "Crisis Lifeline", "911");
    talk.await(TIPSTER, e -> e.html().contains("Do you have a photo"));
  }

  @Test
  void aTipWithAPhotoAndContactIsAcknowledgedAndTheTipsterAnswersWithTheButton() throws Exception {
    talk.say(TIPSTER, "/tip");
    talk.await(TIPSTER, e -> e.html().contains("What do you know?"));
    talk.say(TIPSTER, "The white van from the flyer parks behind the laundromat every night.");
    assertThat(talk.botSince(TIPSTER)).noneMatch(e -> e.html().contains("911."));
    talk.await(TIPSTER, e -> e.html().contains("Do you have a photo"));
    sendPhoto(TestPictures.jpegWithGps(24, 16));
    talk.await(TIPSTER, e -> e.html().contains("May the department contact you?"));
    talk.say(TIPSTER, "555-0142 after 6pm");
    talk.await(TIPSTER, e -> e.html().contains("Please check your tip"));
    String id = send();

    Transcript.Entry card = talk.await(DISPATCHER, e -> e.html().contains("Tip " + id));
    assertThat(card.html()).contains("<img", "A photo came with it", "555-0142 after 6pm");
    talk.press(DISPATCHER, card, "Acknowledge");
    talk.await(TIPSTER, e -> e.html().contains("Your tip " + id + " has been received"));

    talk.press(DISPATCHER, card, "Ask tipster");
    talk.say(DISPATCHER, "Did you see the plate?");
    Transcript.Entry question =
        talk.await(TIPSTER, e -> e.html().contains("Did you see the plate?"));
    talk.press(TIPSTER, question, "Answer");
    talk.await(TIPSTER, e -> e.html().contains("What would you like to tell the department"));
    talk.say(TIPSTER, "Only the first letters: KZ");

    talk.await(
        DISPATCHER, e -> e.html().contains("The tipster answered: Only the first letters: KZ"));
  }

  @Test
  void aPictureDeclaringThirtyThousandPixelsSquareIsRefusedWithAClearReplyAndTheFlowGoesOn()
      throws Exception {
    talk.say(TIPSTER, "/tip");
    talk.await(TIPSTER, e -> e.html().contains("What do you know?"));
    talk.say(TIPSTER, "The white van from the flyer parks behind the laundromat every night.");
    talk.await(TIPSTER, e -> e.html().contains("Do you have a photo"));

    sendPhoto(TestPictures.pngDeclaring(30_000, 30_000));

    talk.await(TIPSTER, e -> e.html().contains("too large to open (over 40 megapixels)"));
    sendPhoto(TestPictures.png(12, 12));
    talk.await(TIPSTER, e -> e.html().contains("May the department contact you?"));
  }

  // --- the steps ---------------------------------------------------------------------------------

  private String issueTipSolicitation() throws Exception {
    talk.say(
        DISPATCHER,
        "/notice tip_solicitation incident=\"a robbery\" location=\"5th and Main\""
            + " when=\"18:00\" phone=\"555-0100\"");
    talk.press(DISPATCHER, talk.await(DISPATCHER, e -> button(e, "Confirm") != null), "Confirm");
    Transcript.Entry posted = talk.await(DISPATCHER, e -> e.html().contains("Posted as"));
    return NoticeNumbers.in(posted.html());
  }

  private String send() throws Exception {
    talk.press(
        TIPSTER, talk.await(TIPSTER, e -> button(e, "Send the tip") != null), "Send the tip");
    Transcript.Entry receipt = talk.await(TIPSTER, e -> e.html().contains("Thank you"));
    Matcher m = TIP_ID.matcher(receipt.html());
    assertThat(m.find()).isTrue();
    return m.group();
  }

  /**
   * The training page sends no files, and a stored update keeps only the platform's reference to
   * one, so the picture goes straight to the engine, as an adapter hands over fetched bytes.
   */
  private void sendPhoto(byte[] png) {
    talk.newTurn(TIPSTER);
    var photo =
        new Incoming.AttachmentMessage(
            "training:photo-" + System.nanoTime(),
            new ChatUser(TrainingPersonas.identityOf(TIPSTER), null),
            new ChatTarget(ChatPlatform.TRAINING, TIPSTER, true),
            new Incoming.Attachment(
                "van.png", png[0] == (byte) 0xFF ? "image/jpeg" : "image/png", png),
            null);
    chat.deliver(photo, engine.handle(photo));
  }
}
