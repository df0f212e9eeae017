package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.telegram.fake.CallbackAnswer;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A button press stored before the bot was killed, and handled after the restart by a process that
 * did not see it arrive: it may never have been answered (the kill came between storing it and
 * answering it), so it is answered now; one that was answered then is refused by Telegram a second
 * time, and that refusal holds up none of the replies after it.
 */
class PressAfterRestartIT {

  private static final long PERSON = 7101;
  private static final ChatTarget CHAT =
      new ChatTarget(ChatPlatform.TELEGRAM, String.valueOf(PERSON), true);

  private FakeTelegram telegram;
  private DeliveryRig rig;
  private TelegramSender restarted;

  @BeforeEach
  void setUp() {
    telegram = FakeTelegram.start("123456:TEST-token", "riverton_pd_bot");
    telegram.enforceRateLimits(RateLimits.telegram());
    telegram.addPrivateChats(PERSON, 1);
    rig = new DeliveryRig(TestMongo.newDatabase(), telegram);
    restarted = rig.replier(rig.newBudgets());
  }

  @AfterEach
  void tearDown() {
    rig.close();
    telegram.close();
  }

  @Test
  void aPressNeverAnsweredBeforeTheRestartIsAnsweredWhenItIsHandled() {
    String query = press();

    restarted.deliver(pressed(query), replies(query));

    assertThat(telegram.awaitCallbackAnswered(query, Duration.ofSeconds(5))).isTrue();
    assertThat(telegram.callbackAnswers())
        .containsExactly(new CallbackAnswer(query, "Done", false));
    assertThat(telegram.awaitMessages(PERSON, 2, Duration.ofSeconds(5)).get(1).plainText())
        .isEqualTo("Here is what you asked for.");
  }

  @Test
  void aPressAnsweredBeforeTheRestartIsNotAnsweredTwiceAndTheReplyAfterItStillGoes() {
    String query = press();
    // the process that was killed answered it as it arrived
    rig.replier(rig.newBudgets()).answerAtOnce(query, () -> answer(query));
    assertThat(telegram.awaitCallbackAnswered(query, Duration.ofSeconds(5))).isTrue();

    restarted.deliver(pressed(query), replies(query));

    assertThat(telegram.awaitMessages(PERSON, 2, Duration.ofSeconds(5)).get(1).plainText())
        .isEqualTo("Here is what you asked for.");
    assertThat(telegram.callbackAnswers()).hasSize(1);
  }

  /** The bot's message with a button, and the person's press on it; the press's query id. */
  private String press() {
    restarted.sendUnprompted(
        new Outgoing.Send(
            CHAT, RichText.plain("Pick one."), List.of(List.of(new Button("Help", "b-help")))));
    int message = telegram.awaitMessages(PERSON, 1, Duration.ofSeconds(5)).get(0).messageId();
    return telegram.callbackQueryId(telegram.pressButton(PERSON, PERSON, message, "b-help"));
  }

  private static Incoming.ButtonPress pressed(String query) {
    return new Incoming.ButtonPress(
        "telegram:press:" + query,
        new ChatUser(new ChatIdentity(ChatPlatform.TELEGRAM, String.valueOf(PERSON)), "Ann", "en"),
        CHAT,
        "b-help",
        "1",
        query);
  }

  private static List<Outgoing> replies(String query) {
    return List.of(
        answer(query),
        new Outgoing.Send(CHAT, RichText.plain("Here is what you asked for."), List.of()));
  }

  private static Outgoing.AnswerPress answer(String query) {
    return new Outgoing.AnswerPress(CHAT, query, "Done");
  }
}
