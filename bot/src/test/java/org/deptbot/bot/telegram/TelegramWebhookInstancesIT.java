package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two bots in webhook mode behind a load balancer, on one database (the test server's, a database
 * of their own): the test is the balancer, posting each update Telegram would send to the bot it
 * picks, as Telegram posts it (the fake's JSON).
 */
class TelegramWebhookInstancesIT {

  private static final String TOKEN = "123456:TEST-token";
  private static final String SECRET = "s3cret-token";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static FakeTelegram telegram;
  private final String database = TestMongo.newDatabaseName();
  private ConfigurableApplicationContext first;
  private ConfigurableApplicationContext second;

  @BeforeAll
  static void startTelegram() {
    telegram = FakeTelegram.start(TOKEN, "riverton_pd_bot");
  }

  @AfterAll
  static void stopTelegram() {
    telegram.close();
  }

  @BeforeEach
  void startBots() {
    first = start();
    second = start();
    // start-up runs in the background: each registers the (same) webhook
    await().atMost(WAIT).until(() -> !telegram.webhookUrl().isEmpty());
  }

  @AfterEach
  void stopBots() {
    first.close();
    second.close();
    assertThat(telegram.rejectedRequests()).as("requests Telegram would refuse").isEmpty();
  }

  @Test
  void anUpdatePostedToBothBotsIsHandledOnce() throws Exception {
    long chat = 900031;
    String help = telegram.updateJson(telegram.userSends(chat, "Lee", "/help"));

    // the balancer timed out on the first bot and posted the update again to the second
    var toFirst = CompletableFuture.supplyAsync(() -> post(first, help));
    var toSecond = CompletableFuture.supplyAsync(() -> post(second, help));
    assertThat(toFirst.get().statusCode()).isEqualTo(200);
    assertThat(toSecond.get().statusCode()).isEqualTo(200);

    // a later update to each: each bot handles a chat's updates in order, so once both are
    // answered, a second answer to /help from either would be there already
    post(first, telegram.updateJson(telegram.userSends(chat, "Lee", "/start")));
    post(second, telegram.updateJson(telegram.userSends(chat, "Lee", "/cancel")));
    List<SentMessage> replies = telegram.awaitMessages(chat, 3, WAIT);

    assertThat(replies).hasSize(3);
    assertThat(replies)
        .filteredOn(m -> m.plainText().contains("What you can do here"))
        .as("answers to /help")
        .hasSize(1);
    assertThat(TestMongo.database(database).getCollection("chat_updates").countDocuments())
        .isEqualTo(3);
  }

  @Test
  void aConversationGoesOnWhicheverBotGetsEachStep() {
    long chat = 900032;
    post(first, telegram.updateJson(telegram.userSends(chat, "Robin", "/tip")));
    awaitText(chat, "What do you know?");

    post(
        first,
        telegram.updateJson(
            telegram.userSends(
                chat, "Robin", "A grey van has been parked behind the school every night.")));
    SentMessage photoQuestion = awaitText(chat, "Do you have a photo");

    // the press on Skip reaches the other bot
    long press =
        telegram.pressButton(
            chat, chat, photoQuestion.messageId(), photoQuestion.callbackData().get(0));
    post(second, telegram.updateJson(press));
    assertThat(telegram.awaitCallbackAnswered(telegram.callbackQueryId(press), WAIT)).isTrue();
    awaitText(chat, "May the department contact you?");

    // and the next text the first again: the draft it shows was kept in the database
    post(first, telegram.updateJson(telegram.userSends(chat, "Robin", "555-0142")));
    SentMessage review = awaitText(chat, "Please check your tip");
    assertThat(review.currentText())
        .contains("A grey van has been parked behind the school every night.")
        .contains("Photo: none")
        .contains("555-0142");
  }

  private static SentMessage awaitText(long chat, String text) {
    List<SentMessage> found = new ArrayList<>();
    await()
        .atMost(WAIT)
        .until(
            () -> {
              found.clear();
              telegram.messagesTo(chat).stream()
                  .filter(m -> m.currentText().contains(text))
                  .forEach(found::add);
              return !found.isEmpty();
            });
    assertThat(found).as("messages saying " + text).hasSize(1);
    return found.get(0);
  }

  private static HttpResponse<String> post(ConfigurableApplicationContext bot, String json) {
    String port = bot.getEnvironment().getProperty("local.server.port");
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("the webhook's answer").isEqualTo(200);
      return response;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ConfigurableApplicationContext start() {
    List<String> args =
        List.of(
            "--deptbot.storage.mongodb-uri=" + TestMongo.connectionString(),
            "--deptbot.storage.database=" + database,
            "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
            "--deptbot.telegram.token=" + TOKEN,
            "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
            "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
            "--deptbot.telegram.mode=webhook",
            "--deptbot.telegram.webhook-url=https://bot.police.example/telegram/webhook",
            "--deptbot.telegram.webhook-secret=" + SECRET,
            "--deptbot.chat.flood.burst=1000",
            "--server.port=0");
    return new SpringApplication(BotApplication.class).run(args.toArray(String[]::new));
  }
}
