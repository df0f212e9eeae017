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
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.telegram.fake.BotCommand;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real telegrambots client, long polling a fake Bot API on loopback, with the bot restarted
 * where a test needs it.
 */
class TelegramIT {

  private static final String TOKEN = "123456:TEST-token";
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long DISPATCHER = 700000050; // s-050 in the example seed

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
  void startAnswersWithTheDepartmentAndPublishesTheCommandMenu() {
    telegram.userSends(900001, "Sam", "/start");

    SentMessage reply = telegram.awaitMessages(900001, 1, WAIT).get(0);
    assertThat(reply.parseMode()).isEqualTo("HTML");
    assertThat(reply.plainText()).contains("Hello Sam", "Riverton Police Department", "dial 911");
    assertThat(reply.buttons().get(0)).hasSize(2);
    assertThat(telegram.commandsSeenBy(900001, 900001))
        .extracting(c -> c.command())
        .containsExactlyInAnyOrder(
            "start",
            "help",
            "enroll",
            "cancel",
            "subscribe",
            "unsubscribe",
            "subscriptions",
            "tip",
            "mytip");
    // in a group: only the public's commands that answer there
    assertThat(names(telegram.commandsSeenBy(900001, -100600)))
        .contains("start", "help", "cancel")
        .doesNotContain("enroll", "subscribe", "tip", "mytip");
  }

  @Test
  void theSendWindowOfAReplyToAPersonDoesNotNameTheirChat() throws InterruptedException {
    // a replica set's oplog, or a backup taken this second, keeps every window written: one
    // naming the chat would tie the person to the moment of an anonymous report's receipt
    // a private chat's window lasts about a second and is then swept, so the collection is read
    // over and over from before the message until after the reply, and every window seen is kept
    MongoTemplate mongo = bot.getBean(MongoTemplate.class);
    java.util.Set<String> windows = java.util.concurrent.ConcurrentHashMap.newKeySet();
    var reading = new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              while (reading.get()) {
                mongo.findAll(Document.class, "send_windows").forEach(w -> windows.add(w.toJson()));
              }
            });
    reader.start();
    try {
      telegram.userSends(900071, "Robin", "/start");
      telegram.awaitMessages(900071, 1, WAIT);
      await()
          .atMost(WAIT)
          .until(() -> windows.stream().anyMatch(json -> json.contains("telegram:person:")));
    } finally {
      reading.set(false);
      reader.join();
    }
    assertThat(windows)
        .anyMatch(json -> json.contains("telegram:person:"))
        .noneMatch(json -> json.contains("900071"));
  }

  @Test
  void aStaffMembersMenuInTheirChatIsWhatHelpListsForThem() {
    telegram.userSends(DISPATCHER, "Kelly", "/help");
    String help = telegram.awaitMessages(DISPATCHER, 1, WAIT).get(0).plainText();
    List<String> listed =
        java.util.regex.Pattern.compile("/([a-z0-9_]+) –")
            .matcher(help)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(listed).contains("notice").doesNotContain("enroll");

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(names(telegram.commandsSeenBy(DISPATCHER, DISPATCHER)))
                    .containsExactlyElementsOf(listed));
    // the public's menu stays the public's
    assertThat(names(telegram.commandsSeenBy(900014, 900014)))
        .contains("enroll")
        .doesNotContain("notice", "queue", "report");
  }

  @Test
  void inAGroupACommandForAnotherBotIsLeftAloneAndOneForThisBotIsAnswered() {
    telegram.groupMessage(-100501, 900015, "Gus", "/help@another_bot");
    telegram.groupMessage(-100501, 900015, "Gus", "/cancel@riverton_pd_bot");

    // handled in order: an answer to the first would come first
    List<SentMessage> replies = telegram.awaitMessages(-100501, 1, WAIT);
    assertThat(replies.get(0).plainText()).contains("nothing to stop");
  }

  @Test
  void helpDependsOnWhoIsAsking() {
    telegram.userSends(900002, "Pat", "/help");
    telegram.userSends(DISPATCHER, "Kelly", "/help");

    assertThat(telegram.awaitMessages(900002, 1, WAIT).get(0).plainText()).contains("/enroll");
    assertThat(telegram.awaitMessages(DISPATCHER, 1, WAIT).get(0).plainText())
        .contains("/help")
        .doesNotContain("/enroll");
  }

  @Test
  void aButtonPressIsAnsweredAndActedOn() {
    telegram.userSends(900003, "Lee", "/start");
    SentMessage start = telegram.awaitMessages(900003, 1, WAIT).get(0);

    telegram.pressButton(
        900003, 900003, start.messageId(), start.buttons().get(0).get(0).callbackData());
    String query = telegram.lastCallbackQueryId();

    assertThat(telegram.awaitCallbackAnswered(query, WAIT)).isTrue();
    assertThat(telegram.awaitMessages(900003, 2, WAIT).get(1).plainText())
        .contains("What you can do here");
  }

  @Test
  void htmlInUserTextArrivesEscaped() {
    telegram.userSends(900004, "<b>Eve</b> & Co", "/start");

    SentMessage reply = telegram.awaitMessages(900004, 1, WAIT).get(0);
    assertThat(reply.plainText()).contains("Hello <b>Eve</b> & Co.");
    assertThat(reply.rawText()).contains("&lt;b&gt;Eve&lt;/b&gt; &amp; Co");
  }

  @Test
  void aLongReplyIsSplitAtLineBreaksWithTheButtonsOnTheLastPart() {
    telegram.userSends(900005, "Ray", "/longread");

    List<SentMessage> parts = telegram.awaitMessages(900005, 2, WAIT);
    assertThat(parts).hasSize(2);
    assertThat(parts).allSatisfy(p -> assertThat(p.plainText().length()).isLessThanOrEqualTo(4096));
    assertThat(parts.get(0).plainText()).endsWith("line 41 " + "y".repeat(90));
    assertThat(parts.get(1).plainText()).startsWith("line 42 ");
    assertThat(parts.get(0).buttons()).isEmpty();
    assertThat(parts.get(1).buttons()).isNotEmpty();
    assertThat(parts.get(0).plainText().length() + 1 + parts.get(1).plainText().length())
        .isEqualTo(LongRead.TEXT.length());
  }

  @Test
  void enrollmentContinuesAcrossABotRestart() {
    String code = bot.getBean(Enrollment.class).issue("s-042", "s-060").code();
    telegram.userSends(900006, "Ben", "/enroll");
    assertThat(telegram.awaitMessages(900006, 1, WAIT).get(0).plainText())
        .contains("send me the enrollment code");

    restart();
    telegram.userSends(900006, "Ben", code);

    assertThat(telegram.awaitMessages(900006, 2, WAIT).get(1).plainText())
        .contains("now linked to Officer Ben Novak");
    // the officer's own menu
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(names(telegram.commandsSeenBy(900006, 900006)))
                    .contains("report")
                    .doesNotContain("enroll"));

    // WHEN the account is unlinked, THEN the public's menu shows again
    bot.getBean(ChatLinks.class).unlink(new ChatIdentity(ChatPlatform.TELEGRAM, "900006"));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(names(telegram.commandsSeenBy(900006, 900006)))
                    .contains("enroll")
                    .doesNotContain("report"));
  }

  @Test
  void aRedeliveredUpdateIsHandledOnce() {
    long update = telegram.userSends(900007, "Kim", "/help");
    telegram.awaitMessages(900007, 1, WAIT);

    // Telegram sends the update again, as it does when the confirming poll never came
    bot.close();
    telegram.redeliver(update);
    bot = start();
    telegram.userSends(900007, "Kim", "/cancel");

    List<SentMessage> replies = telegram.awaitMessages(900007, 2, WAIT);
    assertThat(replies)
        .extracting(SentMessage::plainText)
        .satisfiesExactly(
            help -> assertThat(help).contains("What you can do here"),
            cancel -> assertThat(cancel).contains("nothing to stop"));
  }

  @Test
  void anUpdateStoredButNotHandledBeforeACrashIsHandledAtTheNextStart() {
    telegram.userSends(900011, "Max", "hello");
    telegram.awaitMessages(900011, 1, WAIT);
    // GIVEN an update the bot stored but died before handling (as consume() leaves it)
    bot.getBean(MongoTemplate.class)
        .getCollection("chat_updates")
        .insertOne(
            new Document("_id", "telegram:999999001")
                .append("kind", "text")
                .append("platform", "TELEGRAM")
                .append("userId", "900011")
                .append("displayName", "Max")
                .append("chatId", "900011")
                .append("privateChat", true)
                .append("text", "/help")
                .append("handled", false)
                .append("receivedAt", new Date()));

    // WHEN the bot starts again, THEN it is answered
    restart();
    assertThat(telegram.awaitMessages(900011, 2, WAIT).get(1).plainText())
        .contains("What you can do here");
  }

  @Test
  void aReplyTelegramFailedWithAServerErrorIsTriedAgainWhileTheBotRuns() {
    // GIVEN Telegram answers the first reply with a server error
    telegram.failNextWith("sendMessage", 1, 502, "Bad Gateway");

    // WHEN the user asks, THEN the reply arrives without a restart, once
    long update = telegram.userSends(900012, "Noa", "/help");
    assertThat(telegram.awaitMessages(900012, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
    await()
        .atMost(WAIT)
        .until(
            () ->
                bot.getBean(MongoTemplate.class)
                        .getCollection("chat_updates")
                        .countDocuments(
                            new Document("_id", "telegram:" + update).append("handled", true))
                    == 1);
    assertThat(telegram.messagesTo(900012)).hasSize(1);
  }

  @Test
  void anUpdateLeftUnhandledForOverAnHourIsGivenUpAndForgotten() {
    telegram.userSends(900013, "Ola", "hello");
    telegram.awaitMessages(900013, 1, WAIT);
    var updates = bot.getBean(MongoTemplate.class).getCollection("chat_updates");
    // GIVEN an update whose replies could not be delivered for two hours
    updates.insertOne(
        new Document("_id", "telegram:999999002")
            .append("kind", "text")
            .append("platform", "TELEGRAM")
            .append("userId", "900013")
            .append("displayName", "Ola")
            .append("chatId", "900013")
            .append("privateChat", true)
            .append("text", "/help")
            .append("handled", false)
            .append("receivedAt", Date.from(java.time.Instant.now().minus(Duration.ofHours(2)))));

    // THEN the running bot gives it up: marked, stripped of what it said and who sent it
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(updates.find(new Document("_id", "telegram:999999002")).first())
                    .containsEntry("handled", true)
                    .containsEntry("givenUp", true)
                    .doesNotContainKeys("text", "userId", "displayName", "chatId"));
    assertThat(telegram.messagesTo(900013)).hasSize(1);
  }

  @Test
  void aTooManyRequestsAnswerIsWaitedOutAndTheReplyStillArrives() {
    telegram.failNext("sendMessage", 1, 1);
    telegram.userSends(900008, "Jo", "/help");

    assertThat(telegram.awaitMessages(900008, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
  }

  @Test
  void aPhotoCarriesAShortTextAsItsCaptionAndALongTextAfterIt() {
    telegram.userSends(900010, "Ada", "/photo short");
    SentMessage captioned = telegram.awaitMessages(900010, 1, WAIT).get(0);
    assertThat(captioned.isPhoto()).isTrue();
    assertThat(captioned.photoBytes()).isEqualTo(LongRead.PNG.length);
    assertThat(captioned.caption()).isEqualTo("MISSING: Jordan, 14");
    assertThat(captioned.buttons()).isNotEmpty();

    telegram.userSends(900010, "Ada", "/photo long");
    List<SentMessage> sent = telegram.awaitMessages(900010, 3, WAIT);
    assertThat(sent.get(1).isPhoto()).isTrue();
    assertThat(sent.get(1).caption()).isNullOrEmpty();
    assertThat(sent.get(2).plainText()).startsWith("MISSING: Jordan, 14").hasSize(1500);
    assertThat(sent.get(2).buttons()).isNotEmpty();
  }

  @Test
  void healthShowsTelegramReachableWithTheBotsName() {
    // the bot connects in the background: UP once it has
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              JsonNode health = get("/actuator/health");
              assertThat(health.at("/components/telegram/status").asText()).isEqualTo("UP");
              assertThat(health.at("/components/telegram/details/bot").asText())
                  .isEqualTo("@riverton_pd_bot");
            });
  }

  @Test
  void webhookModeChecksTheSecretAndHandlesWhatTelegramPosts() throws Exception {
    bot.close();
    bot =
        start(
            "--deptbot.telegram.mode=webhook",
            "--deptbot.telegram.webhook-url=https://bot.police.example/telegram/webhook",
            "--deptbot.telegram.webhook-secret=s3cret-token");
    // start-up runs in the background: wait for it to register the webhook
    await().atMost(WAIT).until(() -> !telegram.webhookUrl().isEmpty());
    assertThat(telegram.webhookUrl()).isEqualTo("https://bot.police.example/telegram/webhook");
    assertThat(telegram.webhookSecretToken()).isEqualTo("s3cret-token");
    telegram.userSends(900009, "Web", "hi"); // the user has written to the bot before
    String update =
        """
        {"update_id": 555001, "message": {"message_id": 7, "date": 1795000000,
          "chat": {"id": 900009, "type": "private"},
          "from": {"id": 900009, "is_bot": false, "first_name": "Web"},
          "text": "/help", "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}
        """;

    assertThat(post("/telegram/webhook", update, "wrong").statusCode()).isEqualTo(401);
    assertThat(post("/telegram/webhook", update, "s3cret-token").statusCode()).isEqualTo(200);
    assertThat(post("/telegram/webhook", update, "s3cret-token").statusCode()).isEqualTo(200);

    assertThat(telegram.awaitMessages(900009, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
    // one chat's updates are handled one at a time, in order: once the next update's reply is
    // there, a second reply to the repeated one would be there before it
    String next =
        update
            .replace("555001", "555002")
            .replace("\"message_id\": 7", "\"message_id\": 8")
            .replace("\"text\": \"/help\"", "\"text\": \"/start\"")
            .replace("\"length\": 5", "\"length\": 6");
    assertThat(post("/telegram/webhook", next, "s3cret-token").statusCode()).isEqualTo(200);
    List<SentMessage> replies = telegram.awaitMessages(900009, 2, WAIT);
    assertThat(replies).hasSize(2);
    assertThat(replies.get(1).plainText()).contains("Hello Web").doesNotContain("What you can do");
  }

  private static List<String> names(List<BotCommand> commands) {
    return commands.stream().map(BotCommand::command).toList();
  }

  private JsonNode get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base() + path)).build();
    return new ObjectMapper()
        .readTree(
            HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private HttpResponse<String> post(String path, String json, String secret) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", secret)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port");
  }

  private void restart() {
    bot.close();
    bot = start();
  }

  private static ConfigurableApplicationContext start(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
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
                "--server.port=0"));
    args.addAll(List.of(more));
    return new SpringApplication(BotApplication.class, LongRead.class)
        .run(args.toArray(String[]::new));
  }

  /** A test-only command whose reply is 6,000 characters over 60 lines, with a button. */
  @Configuration(proxyBeanMethods = false)
  static class LongRead {

    static final String TEXT = text();
    static final byte[] PNG =
        java.util.Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Bean
    ChatCommand photo() {
      return new TestCommand("photo") {
        @Override
        public List<Outgoing> handle(ChatContext context, String arguments) {
          String text = "MISSING: Jordan, 14";
          if (arguments.equals("long")) {
            text = text + " " + "z".repeat(1500 - text.length() - 1);
          }
          return List.of(
              new Outgoing.Send(
                  context.incoming().chat(),
                  RichText.plain(text),
                  List.of(List.of(context.button("button.help", ButtonAction.command("help")))),
                  new Image("jordan.png", "image/png", PNG)));
        }
      };
    }

    private static String text() {
      StringBuilder text = new StringBuilder();
      for (int i = 1; i <= 60; i++) {
        text.append(i == 1 ? "" : "\n")
            .append(String.format("line %02d ", i))
            .append("y".repeat(90));
      }
      return text.toString();
    }

    @Bean
    ChatCommand longRead() {
      return new TestCommand("longread") {
        @Override
        public List<Outgoing> handle(ChatContext context, String arguments) {
          return context.reply(
              RichText.plain(TEXT),
              List.of(List.of(context.button("button.help", ButtonAction.command("help")))));
        }
      };
    }
  }

  /** A command for tests only: kept out of /help and the menu, which would want descriptions. */
  abstract static class TestCommand implements ChatCommand {
    private final String name;

    TestCommand(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<Permission> requires() {
      return Optional.empty();
    }

    @Override
    public boolean offeredTo(Actor actor, Authorization authorization) {
      return false;
    }
  }
}
