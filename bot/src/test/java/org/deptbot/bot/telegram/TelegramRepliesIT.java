package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Replies while Telegram asks the bot to wait: a 429 ({@code retry_after}) on one chat's reply is
 * waited out for that chat alone, and a button press is answered as it arrives. The real
 * telegrambots client, long polling a fake Bot API on loopback.
 */
class TelegramRepliesIT {

  private static final String TOKEN = "123456:REPLIES-token";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir static Path dataDir;
  private static FakeTelegram telegram;
  private ConfigurableApplicationContext bot;

  @BeforeAll
  static void startTelegram() {
    telegram = FakeTelegram.start(TOKEN, "riverton_pd_bot");
  }

  @AfterAll
  static void stopTelegram() {
    telegram.close();
  }

  @BeforeEach
  void startBot() {
    bot = start();
  }

  @AfterEach
  void stopBot() {
    bot.close();
    assertThat(telegram.rejectedRequests()).as("requests Telegram would refuse").isEmpty();
  }

  @Test
  void aChatToldToWaitHoldsUpNoOtherChatAndStillGetsItsReplyOnce() {
    // GIVEN Telegram answers the next reply with 429, retry after 4 s
    int metBefore = telegram.injectedErrorsAnswered();
    telegram.failNext("sendMessage", 1, 4);
    telegram.userSends(910001, "Ann", "/help");
    await().atMost(WAIT).until(() -> telegram.injectedErrorsAnswered() == metBefore + 1);

    // WHEN another person asks meanwhile
    telegram.userSends(910002, "Ben", "/help");

    // THEN they are answered while the first chat still waits
    assertThat(telegram.awaitMessages(910002, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
    assertThat(telegram.messagesTo(910001)).as("the chat told to wait, still waiting").isEmpty();
    // AND the first chat's reply follows once the wait is over, once
    assertThat(telegram.awaitMessages(910001, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
    assertThat(telegram.messagesTo(910001)).hasSize(1);
  }

  @Test
  void aButtonPressIsAnsweredAtOnceWhileItsChatWaitsAndItsRepliesKeepTheirOrder() {
    telegram.userSends(910003, "Cy", "/start");
    SentMessage start = telegram.awaitMessages(910003, 1, WAIT).get(0);
    // GIVEN the chat's next reply is told to wait 4 s
    int metBefore = telegram.injectedErrorsAnswered();
    telegram.failNext("sendMessage", 1, 4);
    telegram.userSends(910003, "Cy", "/cancel");
    await().atMost(WAIT).until(() -> telegram.injectedErrorsAnswered() == metBefore + 1);

    // WHEN the person presses a button meanwhile
    long press =
        telegram.pressButton(
            910003, 910003, start.messageId(), start.buttons().get(0).get(0).callbackData());

    // THEN the press is answered at once, before the reply that waits
    assertThat(telegram.awaitCallbackAnswered(telegram.callbackQueryId(press), WAIT)).isTrue();
    assertThat(telegram.messagesTo(910003)).as("/cancel's reply, still waiting").hasSize(1);
    // AND the replies come in the order they were asked for, each once; the press answered once
    List<SentMessage> all = telegram.awaitMessages(910003, 3, WAIT);
    assertThat(all.get(1).plainText()).contains("nothing to stop");
    assertThat(all.get(2).plainText()).contains("What you can do here");
    await()
        .during(Duration.ofMillis(500))
        .atMost(WAIT)
        .until(() -> telegram.messagesTo(910003).size() == 3);
    assertThat(telegram.callbackAnswers())
        .filteredOn(a -> a.queryId().equals(telegram.callbackQueryId(press)))
        .hasSize(1);
  }

  private static ConfigurableApplicationContext start() {
    return new SpringApplication(BotApplication.class)
        .run(
            "--deptbot.storage.data-dir=" + dataDir,
            "--deptbot.storage.embedded-port=0",
            "--deptbot.storage.mongodb-uri=",
            "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
            "--deptbot.telegram.token=" + TOKEN,
            "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
            "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
            "--deptbot.chat.flood.burst=1000",
            "--deptbot.chat.retry-unhandled-every=200ms",
            "--deptbot.telegram.menus-every=200ms",
            "--server.port=0");
  }
}
