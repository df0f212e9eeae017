package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bson.Document;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.InlineButton;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.testing.NoticeNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A notice's whole life on Telegram, with the real telegrambots client against the fake Bot API: a
 * dispatcher issues it in a private chat, the department's channels and a subscriber get it with
 * the disclaimer, an update and a cancellation edit every post in place, and the dispatcher hears
 * how it went out.
 */
class TelegramNoticesIT {

  private static final String TOKEN = "123456:TEST-token";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final long DISPATCHER = 700000050; // s-050 in the example seed
  private static final long ALERTS = -1001000000001L; // tg-alerts
  private static final long TRAFFIC = -1001000000002L; // tg-traffic
  private static final long SUBSCRIBER = 800001;
  private static final long BLOCKED_SUBSCRIBER = 800002;
  private static final String DISCLAIMER =
      "This account is not monitored around the clock. For emergencies dial 911.";

  private static final List<String> ANSWERS =
      List.of(
          "Jamie Doe",
          "14",
          "2026-11-21 14:30",
          "Riverside Park, north gate",
          "5 ft 2, slim, red jacket",
          "(555) 010-4400");

  @TempDir static Path dataDir;
  private static FakeTelegram telegram;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void start() {
    telegram = FakeTelegram.start(TOKEN, "riverton_pd_bot");
    telegram.createGroup(ALERTS, "Riverton PD Alerts");
    telegram.createGroup(TRAFFIC, "Riverton Traffic & Weather");
    bot =
        new SpringApplication(BotApplication.class)
            .run(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=" + TOKEN,
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
                "--deptbot.chat.flood.burst=1000",
                "--server.port=0");
  }

  @AfterAll
  static void stop() {
    bot.close();
    telegram.close();
  }

  @Test
  void aNoticeReachesChannelsAndSubscribersAndIsEditedByAnUpdateAndACancel() {
    // GIVEN two members of the public subscribed to road closures, one of whom then blocks the bot
    subscribe(SUBSCRIBER);
    subscribe(BLOCKED_SUBSCRIBER);
    telegram.userBlocksBot(BLOCKED_SUBSCRIBER);

    // WHEN the dispatcher issues a road closure with the quick form and confirms the preview
    SentMessage control =
        ask(
            DISPATCHER,
            "/notice road_closure street=\"Elm St at 4th\" reason=\"due to a crash\"",
            m -> hasButton(m, "Confirm"));
    assertThat(telegram.messagesTo(ALERTS))
        .as("nothing before Confirm")
        .noneMatch(m -> m.plainText().contains("Elm St"));
    press(DISPATCHER, control, "Confirm");

    // THEN both Telegram channels and the subscriber get the post, with the disclaimer
    for (long chat : List.of(ALERTS, TRAFFIC, SUBSCRIBER)) {
      SentMessage post = lastTo(chat, m -> m.plainText().contains("Road closure: Elm St at 4th"));
      assertThat(post.plainText()).contains("Riverton Police Department", DISCLAIMER);
    }
    String id = noticeId();
    // AND the dispatcher hears how it went: Telegram posted, Discord (off here) waiting
    SentMessage receipt = lastTo(DISPATCHER, m -> m.plainText().contains("Delivery of " + id));
    assertThat(receipt.plainText())
        .contains("✅ Riverton PD Alerts (Telegram channel): posted")
        .contains("waiting, because Discord is not connected");
    // AND the subscriber who blocked the bot is no longer sent to
    Subscribers subscribers = bot.getBean(Subscribers.class);
    awaitTrue(
        () ->
            !subscribers
                .byId(Subscriber.idOf(ChatPlatform.TELEGRAM, String.valueOf(BLOCKED_SUBSCRIBER)))
                .orElseThrow()
                .active());

    // WHEN the dispatcher updates the street
    control =
        ask(
            DISPATCHER,
            "/notice_update " + id + " street=\"Oak Ave at 4th\"",
            m -> hasButton(m, "Confirm: edit every post"));
    press(DISPATCHER, control, "Confirm: edit every post");

    // THEN every post is edited in place, with the UPDATED line
    for (long chat : List.of(ALERTS, TRAFFIC, SUBSCRIBER)) {
      awaitTrue(
          () ->
              telegram.messagesTo(chat).size() >= 1
                  && current(chat).contains("UPDATED")
                  && current(chat).contains("Oak Ave at 4th"));
    }

    // WHEN the dispatcher cancels it
    control = ask(DISPATCHER, "/notice_cancel " + id, m -> hasButton(m, "Cancel the notice"));
    press(DISPATCHER, control, "Cancel the notice");

    // THEN every post says CANCELLED, and no new messages were posted to the channels
    for (long chat : List.of(ALERTS, TRAFFIC, SUBSCRIBER)) {
      awaitTrue(() -> current(chat).contains("CANCELLED"));
    }
    for (long chat : List.of(ALERTS, TRAFFIC)) {
      assertThat(telegram.messagesTo(chat)).filteredOn(m -> m.plainText().contains(id)).hasSize(1);
    }
  }

  @Test
  void aDispatcherSendsAMissingPersonsPhotoAndItIsPreviewedAndPosted() {
    // (the other test's subscriber who blocked the bot was refused on purpose)
    int refusedBefore = telegram.rejectedRequests().size();
    // GIVEN a dispatcher in the guided missing person notice, every blank answered but the photo
    ask(DISPATCHER, "/notice missing_person", m -> m.plainText().contains("(1 of 7)"));
    for (int i = 0; i < ANSWERS.size(); i++) {
      String next = "(" + (i + 2) + " of 7)";
      // the template has Spanish wording, yet no answer is followed by a language question: each
      // is used in every language unless given otherwise from the preview
      int before = telegram.messagesTo(DISPATCHER).size();
      ask(DISPATCHER, ANSWERS.get(i), m -> m.plainText().contains(next));
      assertThat(telegram.messagesTo(DISPATCHER).stream().skip(before))
          // (a delivery report of an earlier notice may arrive meanwhile)
          .filteredOn(m -> !m.plainText().startsWith("Delivery of"))
          .as(ANSWERS.get(i))
          .singleElement()
          .satisfies(m -> assertThat(m.plainText()).contains(next));
    }

    // WHEN they send a 25 MB picture as a file, THEN they hear it is too big; nothing was fetched
    int before = telegram.messagesTo(DISPATCHER).size();
    telegram.userSendsLargeDocument(DISPATCHER, "Kelly", "scan.jpg", "image/jpeg", 25L << 20);
    awaitNew(before, m -> m.plainText().contains("over 10 MB"));
    assertThat(telegram.getFileCalls()).isZero();

    // WHEN they send the photo while Telegram's file service fails
    byte[] jpeg = jpeg(40_000);
    telegram.failNextWith("getFile", 3, 502, "Bad Gateway");
    long photoUpdate = telegram.userSendsPhoto(DISPATCHER, "Kelly", null, jpeg);
    // (a text after it is handled after it: the photo's handling is over once this is answered)
    before = telegram.messagesTo(DISPATCHER).size();
    telegram.userSends(DISPATCHER, "Kelly", "did it arrive?");
    awaitNew(before, m -> m.plainText().contains("send the photo as a picture"));

    // THEN no preview came, and the photo's update is kept, not handled
    assertThat(telegram.messagesTo(DISPATCHER).stream().anyMatch(SentMessage::isPhoto)).isFalse();
    assertThat(handled(photoUpdate)).isFalse();

    // WHEN the stored update is handled again (as at the next start), with Telegram back
    before = telegram.messagesTo(DISPATCHER).size();
    bot.getBean(ChatIngress.class).resume(bot.getBean(TelegramSender.class));

    // THEN the preview comes back as the photo, with the notice as its caption, then Confirm
    SentMessage preview = awaitNew(before, SentMessage::isPhoto);
    assertThat(preview.photoBytes()).isEqualTo(jpeg.length);
    assertThat(preview.caption()).contains("Missing: Jamie Doe, 14", "Riverside Park");
    SentMessage control = awaitNew(before, m -> hasButton(m, "Confirm"));
    assertThat(handled(photoUpdate)).isTrue();

    // WHEN they confirm, THEN tg-alerts posts the photo with the notice
    press(DISPATCHER, control, "Confirm");
    awaitTrue(() -> telegram.messagesTo(ALERTS).stream().anyMatch(SentMessage::isPhoto));
    SentMessage post =
        telegram.messagesTo(ALERTS).stream().filter(SentMessage::isPhoto).findFirst().orElseThrow();
    assertThat(post.photoBytes()).isEqualTo(jpeg.length);
    assertThat(post.caption()).contains("Missing: Jamie Doe, 14");
    assertThat(telegram.rejectedRequests()).hasSize(refusedBefore);

    // WHEN two days later Jamie is found, and the bot may no longer delete its post
    String id = NoticeNumbers.in(post.caption());
    telegram.ageMessages(ALERTS, Duration.ofHours(49));
    control = ask(DISPATCHER, "/notice_found " + id, m -> hasButton(m, "Person found"));
    press(DISPATCHER, control, "Person found");

    // THEN the post's caption becomes the thank-you, with no name left in it and no second post
    awaitTrue(() -> current(post).contains("Missing person found"));
    assertThat(current(post)).doesNotContain("Jamie", "Riverside");
    assertThat(telegram.messagesTo(ALERTS))
        .filteredOn(m -> m.currentText().contains("Missing person found"))
        .hasSize(1);
    // AND the dispatcher is told the photo is still up there, to delete it by hand
    SentMessage receipt =
        lastTo(DISPATCHER, m -> m.plainText().contains("Delivery of " + id + " (revision 2, "));
    assertThat(receipt.plainText())
        .contains("Riverton PD Alerts (Telegram channel): the post now says the person was found")
        .contains("the photo is still shown")
        .contains("Please delete it by hand");
  }

  /** The text a message shows now, as the fake has it. */
  private static String current(SentMessage message) {
    return telegram.messagesTo(message.chatId()).stream()
        .filter(m -> m.messageId() == message.messageId())
        .findFirst()
        .orElseThrow()
        .currentText();
  }

  @Test
  void aChannelWhoseGroupBecomesASupergroupMovesWithItOnceAndIsAudited() {
    // GIVEN a channel that is a basic group
    long group = -4000003L;
    telegram.createBasicGroup(group, "Riverton PD Volunteers");
    Channels channels = bot.getBean(Channels.class);
    channels.save(
        new Channel(
            "tg-volunteers", ChatPlatform.TELEGRAM, String.valueOf(group), "Volunteers", Set.of()));

    // WHEN a member upgrades it to a supergroup (the bot gets both service messages)
    long supergroup = telegram.upgradeGroup(group, 800010, "Sam");
    // (a later private message is answered only once the service messages before it were read)
    ask(800011, "hello", m -> true);

    // THEN the channel has the new id, moved once and audited as the system's doing
    assertThat(channels.byId("tg-volunteers").orElseThrow().chatId())
        .isEqualTo(String.valueOf(supergroup));
    assertThat(bot.getBean(AuditLog.class).about("channel:tg-volunteers"))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("channel.chat_moved");
              assertThat(entry.actor()).isEqualTo("system");
              assertThat(entry.details()).containsEntry("reason", "migration");
            });
  }

  // --- helpers -------------------------------------------------------------------------------

  /** JPEG magic, then filler: nothing on the way decodes it. */
  private static byte[] jpeg(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31);
    }
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    return bytes;
  }

  private static boolean handled(long updateId) {
    Document stored =
        bot.getBean(MongoTemplate.class)
            .getCollection("chat_updates")
            .find(new Document("_id", "telegram:" + updateId))
            .first();
    assertThat(stored).as("update %s stored", updateId).isNotNull();
    return stored.getBoolean("handled");
  }

  private static SentMessage awaitNew(int before, Predicate<SentMessage> wanted) {
    awaitTrue(() -> telegram.messagesTo(DISPATCHER).stream().skip(before).anyMatch(wanted));
    return telegram.messagesTo(DISPATCHER).stream()
        .skip(before)
        .filter(wanted)
        .findFirst()
        .orElseThrow();
  }

  private static void subscribe(long user) {
    ask(user, "/subscribe road_closure", m -> m.plainText().contains("Saved"));
  }

  private static SentMessage ask(long user, String text, Predicate<SentMessage> answer) {
    int before = telegram.messagesTo(user).size();
    telegram.userSends(user, "User", text);
    awaitTrue(() -> telegram.messagesTo(user).stream().skip(before).anyMatch(answer));
    return telegram.messagesTo(user).stream()
        .skip(before)
        .filter(answer)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static void press(long user, SentMessage message, String labelStart) {
    InlineButton button =
        message.buttons().stream()
            .flatMap(List::stream)
            .filter(b -> b.text().startsWith(labelStart))
            .findFirst()
            .orElseThrow();
    telegram.pressButton(user, user, message.messageId(), button.callbackData());
  }

  private static boolean hasButton(SentMessage message, String labelStart) {
    return message.buttons().stream()
        .flatMap(List::stream)
        .anyMatch(b -> b.text().startsWith(labelStart));
  }

  private static SentMessage lastTo(long chat, Predicate<SentMessage> wanted) {
    awaitTrue(() -> telegram.messagesTo(chat).stream().anyMatch(wanted));
    return telegram.messagesTo(chat).stream().filter(wanted).reduce((a, b) -> b).orElseThrow();
  }

  private static String current(long chat) {
    List<SentMessage> sent = telegram.messagesTo(chat);
    return sent.isEmpty() ? "" : sent.get(sent.size() - 1).currentText();
  }

  private static String noticeId() {
    SentMessage posted = lastTo(DISPATCHER, m -> m.plainText().startsWith("Posted as"));
    return NoticeNumbers.in(posted.plainText());
  }

  private static void awaitTrue(Supplier<Boolean> condition) {
    await()
        .atMost(WAIT)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(condition::get);
  }
}
