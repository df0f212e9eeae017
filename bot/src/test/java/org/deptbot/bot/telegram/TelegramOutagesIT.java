package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.FlakyReceivedUpdates;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real telegrambots client against a fake Bot API that fails: storing an update fails, polls
 * fail for a while, Telegram answers HTML or cannot be reached at start-up. The bot must lose no
 * update, keep polling, start anyway, and say in its health what is wrong.
 */
class TelegramOutagesIT {

  private static final String TOKEN = "123456:TEST-token";
  private static final Duration WAIT = Duration.ofSeconds(20);

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

  @AfterEach
  void stopBot() {
    telegram.recover();
    telegram.clearFaults();
    if (bot != null) {
      bot.close();
    }
    assertThat(telegram.rejectedRequests()).as("requests Telegram would refuse").isEmpty();
  }

  @Test
  void anUpdateWhoseStoringFailsIsStoredOnRetryAndPollingCarriesOn() {
    bot = start();
    // every test context has it: DiscordTestCommands declares it, for Discord and Telegram alike
    FlakyReceivedUpdates updates = bot.getBean(FlakyReceivedUpdates.class);
    updates.failBeforeWriting(2);

    telegram.userSends(910001, "Sam", "/help");
    assertThat(telegram.awaitMessages(910001, 1, WAIT).get(0).plainText())
        .contains("What you can do here");

    // a timeout after the write: the retry finds it stored, and it is still handled, once
    updates.failAfterWriting(1);
    telegram.userSends(910002, "Pat", "/help");
    assertThat(telegram.awaitMessages(910002, 1, WAIT).get(0).plainText())
        .contains("What you can do here");

    telegram.userSends(910001, "Sam", "/cancel");
    List<SentMessage> sam = telegram.awaitMessages(910001, 2, WAIT);
    assertThat(sam.get(1).plainText()).contains("nothing to stop");
    assertThat(updates.failures()).isEqualTo(3);
    assertThat(telegram.messagesTo(910002)).hasSize(1);
  }

  @Test
  void healthGoesDownWhilePollsFailAndUpWhenTheySucceedAgain() throws Exception {
    bot = start();
    awaitTelegramHealth("UP");

    telegram.failNextWith("getUpdates", 100_000, 500, "Internal Server Error");
    JsonNode down = awaitTelegramHealth("DOWN");
    assertThat(down.at("/details/error").asText()).contains("no successful poll");
    assertThat(down.at("/details/lastPollSecondsAgo").asLong()).isGreaterThanOrEqualTo(2);

    telegram.clearFaults();
    awaitTelegramHealth("UP");
    telegram.userSends(910003, "Lee", "/help");
    assertThat(telegram.awaitMessages(910003, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 502})
  void startsWhileTelegramAnswersHtmlAndConnectsWhenItRecovers(int status) throws Exception {
    telegram.answerHtml(status);
    startsDuringTheOutageAndConnectsAfter();
  }

  @Test
  void startsWhileTelegramIsUnreachableAndConnectsWhenItRecovers() throws Exception {
    telegram.goOffline();
    startsDuringTheOutageAndConnectsAfter();
  }

  private void startsDuringTheOutageAndConnectsAfter() throws Exception {
    bot =
        CompletableFuture.supplyAsync(() -> start("--deptbot.training.enabled=on"))
            .get(180, TimeUnit.SECONDS); // a cold start on a busy machine can take a minute

    JsonNode health = awaitTelegramHealth("DOWN");
    assertThat(health.at("/details/error").asText()).isNotBlank();
    assertThat(trainingChatAnswers("/help")).as("the training chat works meanwhile").isTrue();

    telegram.recover();
    awaitTelegramHealth("UP");
    assertThat(telegram.myCommands()).isNotEmpty();
    telegram.userSends(910004, "Max", "/help");
    assertThat(telegram.awaitMessages(910004, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
  }

  private boolean trainingChatAnswers(String text) throws Exception {
    HttpResponse<String> said =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/training/api/personas/public/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}"))
                .build());
    assertThat(said.statusCode()).isEqualTo(202);
    try {
      await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                for (JsonNode entry :
                    get("/training/api/personas/public/messages").get("messages")) {
                  if (entry.get("from").asText().equals("bot")) {
                    return true;
                  }
                }
                return false;
              });
      return true;
    } catch (ConditionTimeoutException silent) {
      return false;
    }
  }

  private JsonNode awaitTelegramHealth(String status) {
    return await("Telegram health " + status)
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> get("/actuator/health").at("/components/telegram"),
            health -> health.at("/status").asText().equals(status));
  }

  private JsonNode get(String path) throws Exception {
    return new ObjectMapper()
        .readTree(send(HttpRequest.newBuilder(URI.create(base() + path)).build()).body());
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port");
  }

  private static ConfigurableApplicationContext start(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=" + TOKEN,
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
                "--deptbot.telegram.poll-stale-after=2s",
                "--deptbot.telegram.retry-max=500ms",
                "--deptbot.chat.flood.burst=1000",
                "--server.port=0"));
    args.addAll(List.of(more));
    return new SpringApplication(BotApplication.class).run(args.toArray(String[]::new));
  }
}
