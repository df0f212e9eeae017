package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.bot.telegram.fake.ReceivedMessage;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery engine with the real Telegram poster against the fake Bot API: rate-limit answers,
 * transient and permanent errors, priorities, unsubscribing mid-broadcast, restarts and two engines
 * sharing one queue.
 */
class TelegramDeliveryIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final long CHANNEL = -1002000000001L;
  private static final long OTHER_CHANNEL = -1002000000002L;

  private FakeTelegram telegram;
  private DeliveryRig rig;

  @BeforeEach
  void setUp() {
    telegram = FakeTelegram.start("123456:TEST-token", "riverton_pd_bot");
    telegram.createGroup(CHANNEL, "Alerts");
    telegram.createGroup(OTHER_CHANNEL, "Traffic");
    rig = new DeliveryRig(TestMongo.newDatabase(), telegram);
    rig.channel("alerts", CHANNEL);
    rig.channel("traffic", OTHER_CHANNEL);
  }

  @AfterEach
  void tearDown() {
    rig.close();
    telegram.close();
  }

  @Test
  void aTooManyRequestsAnswerIsWaitedOutForItsRetryAfterAndThePostStillArrives() {
    telegram.failNext("sendMessage", 1, 2);
    Instant issued = Instant.now();
    rig.issue("N-1", false, List.of("alerts"));
    rig.start(1);

    Delivery sent = awaitState("N-1/1/channel:alerts", DeliveryState.SENT);

    ReceivedMessage post = telegram.stats().messagesTo(CHANNEL).get(0);
    assertThat(Duration.between(issued, post.receivedAt()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(sent.attempts()).as("a rate-limit wait is not an attempt").isEqualTo(1);
    assertThat(telegram.stats().messagesTo(CHANNEL)).hasSize(1);
  }

  @Test
  void aServerErrorIsRetriedWithBackoffUntilItGoesThrough() {
    telegram.failNextWith("sendMessage", 2, 502, "Bad Gateway");
    rig.issue("N-1", false, List.of("alerts"));
    rig.start(1);

    Delivery sent = awaitState("N-1/1/channel:alerts", DeliveryState.SENT);

    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(telegram.stats().messagesTo(CHANNEL)).hasSize(1);
  }

  @Test
  void aBotRemovedFromTheChatFailsAtOnceWithAReasonPeopleCanRead() {
    telegram.failNextWith(
        "sendMessage", 1, 403, "Forbidden: bot was kicked from the supergroup chat");
    rig.issue("N-1", false, List.of("alerts"));
    rig.start(1);

    Delivery failed = awaitState("N-1/1/channel:alerts", DeliveryState.FAILED);

    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError())
        .startsWith("The bot was removed from this chat, or the person blocked it");
  }

  @Test
  void urgentNoticesGoFirstAndChannelsBeforeSubscribers() {
    telegram.addPrivateChats(5001, 3);
    for (long chat = 5001; chat <= 5003; chat++) {
      rig.subscribe(chat);
    }
    rig.issue("N-1", false, List.of("alerts"));
    rig.issue("N-2", true, List.of("traffic"));
    rig.planner.planPending();
    rig.start(1);

    awaitTrue(() -> telegram.stats().messageCount() == 2 + 3 + 3);

    List<ReceivedMessage> inOrder = new ArrayList<>();
    telegram.stats().messagesByChat().values().forEach(inOrder::addAll);
    inOrder.sort(Comparator.comparingLong(ReceivedMessage::receivedNanos));
    assertThat(inOrder.get(0).chatId()).as("the urgent notice's channel").isEqualTo(OTHER_CHANNEL);
    assertThat(inOrder.get(0).text()).contains("N-2");
    assertThat(inOrder.subList(1, 4)).allSatisfy(m -> assertThat(m.text()).contains("N-2"));
    assertThat(inOrder.get(4).chatId()).as("then the routine notice's channel").isEqualTo(CHANNEL);
  }

  @Test
  void someoneWhoUnsubscribesWhileANoticeIsQueuedDoesNotGetIt() {
    telegram.addPrivateChats(6001, 3);
    for (long chat = 6001; chat <= 6003; chat++) {
      rig.subscribe(chat);
    }
    rig.issue("N-1", false, List.of("alerts"));
    rig.planner.planPending();
    rig.subscribers.unsubscribe(
        ChatPlatform.TELEGRAM, "6002", List.of(NoticeCategory.ROAD_CLOSURE));
    rig.start(1);

    awaitState("N-1/1/subscriber:telegram:6002", DeliveryState.SKIPPED);
    awaitState("N-1/1/subscriber:telegram:6003", DeliveryState.SENT);
    assertThat(telegram.stats().messagesTo(6002)).isEmpty();
    assertThat(telegram.stats().messagesTo(6001)).hasSize(1);
  }

  @Test
  void aRestartedEngineSendsNothingTwice() throws Exception {
    telegram.addPrivateChats(7001, 10);
    for (long chat = 7001; chat <= 7010; chat++) {
      rig.subscribe(chat);
    }
    rig.issue("N-1", false, List.of("alerts", "traffic"));
    var first = rig.start(2);
    awaitTrue(() -> telegram.stats().messageCount() == 12);
    first.stop();

    // a restarted engine's round, run here: it plans what is not yet planned, takes back leases
    // that ran out, and sends what is due; none of it finds anything to do
    assertThat(rig.planner.planPending()).isZero();
    assertThat(rig.deliveries.reclaimExpired(rig.clock.instant())).isZero();
    assertThat(rig.deliveries.due(ChatPlatform.TELEGRAM, rig.clock.instant(), 100)).isEmpty();

    assertThat(telegram.stats().messageCount()).isEqualTo(12);
    assertThat(telegram.stats().duplicatedChats()).isEmpty();
  }

  @Test
  void twoEnginesOnOneDatabaseSendEveryDeliveryOnce() {
    telegram.enforceRateLimits(RateLimits.telegram());
    telegram.addPrivateChats(8001, 120);
    List<Long> chats = new ArrayList<>(List.of(CHANNEL, OTHER_CHANNEL));
    for (long chat = 8001; chat <= 8120; chat++) {
      rig.subscribe(chat);
      chats.add(chat);
    }
    rig.issue("N-1", false, List.of("alerts", "traffic"));
    rig.start(2);
    rig.start(2);

    awaitTrue(
        () -> {
          var all = rig.deliveries.ofNotice("N-1");
          return all.size() == 122 && all.stream().allMatch(d -> d.state() == DeliveryState.SENT);
        });

    var stats = telegram.stats();
    assertThat(stats.lostChats(chats)).isEmpty();
    assertThat(stats.duplicatedChats()).isEmpty();
    assertThat(stats.messageCount()).isEqualTo(122);
  }

  @Test
  void aFoundPersonsPhotoPostTooOldToDeleteGetsTheThankYouAsItsCaptionAndIsNotedAsStillShown() {
    // GIVEN a missing person's photo posted in a channel more than 48 hours ago
    rig.issueMissingPerson("N-1", List.of("alerts"), jpeg(30_000));
    rig.start(1);
    Delivery first = awaitState("N-1/1/channel:alerts", DeliveryState.SENT);
    telegram.ageMessages(CHANNEL, Duration.ofHours(49));

    // WHEN the person is found
    rig.found("N-1");
    Delivery replace = awaitFinished("N-1/2/channel:alerts");

    // THEN the post now carries the thank-you instead of the name, and no second post was made
    assertThat(replace.state()).isEqualTo(DeliveryState.SENT);
    SentMessage post = postOf(CHANNEL, first);
    assertThat(post.deleted()).isFalse();
    assertThat(post.isPhoto()).isTrue();
    assertThat(post.currentText())
        .contains("Missing person found", "Found, thank you for sharing.")
        .doesNotContain("Jamie");
    assertThat(telegram.messagesTo(CHANNEL))
        .filteredOn(m -> m.currentText().contains("Missing person found"))
        .containsExactly(postOf(CHANNEL, first));
    // AND the delivery says the photo is still up, for the issuer's receipt
    assertThat(replace.oldPostLeft()).isTrue();
    assertThat(telegram.rejectedRequests())
        .contains("deleteMessage: Bad Request: message can't be deleted");
  }

  @Test
  void aFoundPersonsTextPostTooOldToDeleteIsEditedToTheThankYouAndNothingIsLeft() {
    rig.issueMissingPerson("N-1", List.of("alerts"), null);
    rig.start(1);
    Delivery first = awaitState("N-1/1/channel:alerts", DeliveryState.SENT);
    telegram.ageMessages(CHANNEL, Duration.ofHours(49));

    rig.found("N-1");
    Delivery replace = awaitFinished("N-1/2/channel:alerts");

    assertThat(replace.state()).isEqualTo(DeliveryState.SENT);
    assertThat(replace.oldPostLeft()).isFalse();
    assertThat(postOf(CHANNEL, first).currentText())
        .contains("Missing person found")
        .doesNotContain("Jamie");
    assertThat(telegram.messagesTo(CHANNEL))
        .filteredOn(m -> m.currentText().contains("Missing person found"))
        .hasSize(1);
  }

  @Test
  void aFoundPersonsPostThatCanBeNeitherDeletedNorEditedIsNotedAsLeftWhole() {
    rig.issueMissingPerson("N-1", List.of("alerts"), jpeg(30_000));
    rig.start(1);
    Delivery first = awaitState("N-1/1/channel:alerts", DeliveryState.SENT);
    telegram.ageMessages(CHANNEL, Duration.ofHours(49));
    telegram.failNextWith("editMessageCaption", 1, 400, "Bad Request: message can't be edited");

    rig.found("N-1");
    Delivery replace = awaitFinished("N-1/2/channel:alerts");

    assertThat(replace.state()).isEqualTo(DeliveryState.FAILED);
    assertThat(replace.oldPostLeft()).isTrue();
    assertThat(replace.lastError()).contains("still shows the photo");
    assertThat(postOf(CHANNEL, first).currentText()).contains("Jamie");
  }

  @Test
  void aFoundPersonsPostIsDeletedAndReplacedWhereTheBotMayStillDeleteIt() {
    // a recent post in one channel; an old one where the bot is an administrator allowed to delete
    rig.issueMissingPerson("N-1", List.of("alerts", "traffic"), jpeg(30_000));
    rig.start(1);
    Delivery alerts = awaitState("N-1/1/channel:alerts", DeliveryState.SENT);
    Delivery traffic = awaitState("N-1/1/channel:traffic", DeliveryState.SENT);
    telegram.ageMessages(OTHER_CHANNEL, Duration.ofDays(5));
    telegram.grantDeleteRight(OTHER_CHANNEL);

    rig.found("N-1");

    assertThat(awaitFinished("N-1/2/channel:alerts").oldPostLeft()).isFalse();
    assertThat(awaitFinished("N-1/2/channel:traffic").oldPostLeft()).isFalse();
    for (Delivery first : List.of(alerts, traffic)) {
      long chat = Long.parseLong(first.chatId());
      assertThat(postOf(chat, first).deleted()).isTrue();
      assertThat(telegram.messagesTo(chat))
          .filteredOn(m -> !m.deleted())
          .singleElement()
          .satisfies(m -> assertThat(m.isPhoto()).isFalse())
          .satisfies(m -> assertThat(m.plainText()).contains("Missing person found"));
    }
  }

  @Test
  void aNoticePhotoIsUploadedOnceAndSentByItsFileIdToEveryOtherChat() {
    // GIVEN two channels and 30 subscribers to missing person notices
    telegram.addPrivateChats(9001, 30);
    for (long chat = 9001; chat <= 9030; chat++) {
      rig.subscribe(chat, NoticeCategory.MISSING_PERSON);
    }
    byte[] photo = jpeg(60_000);

    // WHEN a notice with a photo goes out through two engines at once
    rig.issueMissingPerson("N-1", List.of("alerts", "traffic"), photo);
    rig.start(2);
    rig.start(2);
    awaitTrue(
        () -> {
          var all = rig.deliveries.ofNotice("N-1");
          return all.size() == 32 && all.stream().allMatch(d -> d.state() == DeliveryState.SENT);
        });

    // THEN the bytes went up once, and every chat shows the whole photo
    assertThat(telegram.photoUploads()).isEqualTo(1);
    assertThat(telegram.photoFileIdSends()).isEqualTo(31);
    for (long chat : List.of(CHANNEL, OTHER_CHANNEL, 9001L, 9030L)) {
      assertThat(telegram.messagesTo(chat))
          .singleElement()
          .satisfies(m -> assertThat(m.photoBytes()).isEqualTo(photo.length));
    }
    assertThat(telegram.rejectedRequests()).isEmpty();
  }

  @Test
  void aStoredFileIdOutlivesARestartAndOneTelegramRefusesIsUploadedAgainOnce() throws Exception {
    byte[] photo = jpeg(60_000);
    rig.issueMissingPerson("N-1", List.of("alerts"), photo);
    var first = rig.start(1);
    awaitState("N-1/1/channel:alerts", DeliveryState.SENT);
    first.stop();

    // a restarted engine sends the same photo by the file_id it stored
    rig.issueMissingPerson("N-2", List.of("traffic"), photo);
    var second = rig.start(1);
    awaitState("N-2/1/channel:traffic", DeliveryState.SENT);
    second.stop();
    assertThat(telegram.photoUploads()).isEqualTo(1);
    assertThat(telegram.photoFileIdSends()).isEqualTo(1);

    // WHEN Telegram no longer knows that file_id (as after a new bot token)
    telegram.forgetFileIds();
    rig.issueMissingPerson("N-3", List.of("alerts", "traffic"), photo);
    rig.start(1);
    awaitState("N-3/1/channel:alerts", DeliveryState.SENT);
    Delivery last = awaitState("N-3/1/channel:traffic", DeliveryState.SENT);

    // THEN it is uploaded once more, and the new file_id serves the other channel
    assertThat(telegram.photoUploads()).isEqualTo(2);
    assertThat(telegram.photoFileIdSends()).isEqualTo(2);
    assertThat(telegram.rejectedRequests())
        .containsExactly("sendphoto: Bad Request: wrong file identifier/HTTP URL specified");
    assertThat(postOf(OTHER_CHANNEL, last).photoBytes()).isEqualTo(photo.length);
  }

  @Test
  void aGroupUpgradedToASupergroupIsFollowedAndTheNoticeIsPostedThereOnce() {
    // GIVEN a department channel that is a basic group, upgraded to a supergroup meanwhile
    long group = -4000001L;
    telegram.createBasicGroup(group, "Old group");
    rig.channel("group", group);
    long supergroup = telegram.upgradeGroup(group, 42, "Ann");

    // WHEN a notice goes to it
    rig.issue("N-1", false, List.of("group"));
    rig.start(1);
    Delivery sent = awaitState("N-1/1/channel:group", DeliveryState.SENT);

    // THEN it is posted once, in the supergroup, and the refused try was no failed attempt
    assertThat(telegram.messagesTo(supergroup)).singleElement();
    assertThat(telegram.messagesTo(group)).isEmpty();
    assertThat(sent.chatId()).isEqualTo(String.valueOf(supergroup));
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(telegram.rejectedRequests())
        .containsExactly("sendmessage: Bad Request: group chat was upgraded to a supergroup chat");
    // AND the channel now has the new id, with the change in the audit log, by the system
    assertThat(rig.channels.byId("group").orElseThrow().chatId())
        .isEqualTo(String.valueOf(supergroup));
    assertThat(rig.audit.about("channel:group"))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("channel.chat_moved");
              assertThat(entry.actor()).isEqualTo("system");
              assertThat(entry.details())
                  .containsEntry("from", String.valueOf(group))
                  .containsEntry("to", String.valueOf(supergroup))
                  .containsEntry("reason", "migration");
            });

    // AND the next notice goes straight to the supergroup
    rig.issue("N-2", false, List.of("group"));
    awaitState("N-2/1/channel:group", DeliveryState.SENT);
    assertThat(telegram.messagesTo(supergroup)).hasSize(2);
    assertThat(telegram.rejectedRequests()).hasSize(1);
  }

  /** The message a delivery recorded as its post ({@code p:} marks a photo). */
  private SentMessage postOf(long chat, Delivery delivery) {
    int id = Integer.parseInt(delivery.messageId().replace("p:", ""));
    return telegram.messagesTo(chat).stream()
        .filter(m -> m.messageId() == id)
        .findFirst()
        .orElseThrow();
  }

  private Delivery awaitFinished(String id) {
    awaitTrue(() -> rig.deliveries.byId(id).map(d -> d.state().finished()).orElse(false));
    return rig.deliveries.byId(id).orElseThrow();
  }

  /** JPEG magic, then filler. */
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

  private Delivery awaitState(String id, DeliveryState state) {
    awaitTrue(() -> rig.deliveries.byId(id).map(d -> d.state() == state).orElse(false));
    return rig.deliveries.byId(id).orElseThrow();
  }

  private static void awaitTrue(Supplier<Boolean> condition) {
    await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(POLL).until(condition::get);
  }
}
