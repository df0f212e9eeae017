package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.bot.telegram.fake.ReceivedMessage;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.notices.NoticeCategory;
import org.deptbot.core.staff.ChatPlatform;
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

    rig.start(2);
    Thread.sleep(1500); // a restarted engine that resent would have done so by now

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

  private Delivery awaitState(String id, DeliveryState state) {
    awaitTrue(() -> rig.deliveries.byId(id).map(d -> d.state() == state).orElse(false));
    return rig.deliveries.byId(id).orElseThrow();
  }

  private static void awaitTrue(Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("condition not met within " + WAIT);
  }
}
