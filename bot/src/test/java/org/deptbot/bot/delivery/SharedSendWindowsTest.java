package org.deptbot.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The send windows two bot processes share through one database, on a clock the test moves: each
 * counts the other's calls, a waiting reply goes before the next delivery, and a chat's window is
 * gone once it has run out.
 */
class SharedSendWindowsTest {

  private static final SendLimits TELEGRAM = SendLimits.telegram();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T17:00:00Z"));
  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final SharedSendWindows first = new SharedSendWindows(mongo, clock);
  private final SharedSendWindows second = new SharedSendWindows(mongo, clock);

  @Test
  void twoBotsTogetherGetTheOverallLimitOnceNotEachOfThem() {
    for (int i = 0; i < 15; i++) {
      assertThat(first.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, false)).isZero();
      assertThat(second.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, true)).isZero();
      clock.advance(Duration.ofMillis(10));
    }

    Duration wait = second.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, true);
    // the oldest of the 30 leaves the 1.05 s window 1.05 s after it went
    assertThat(wait).isEqualTo(Duration.ofMillis(1050 - 150));
    clock.advance(wait);
    assertThat(first.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, true)).isZero();
  }

  @Test
  void aChatAnotherBotJustSentToWaitsItsSecondWhoeverSendsNext() {
    assertThat(first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false)).isZero();
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7002", false)).isZero();

    clock.advance(Duration.ofMillis(400));
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false))
        .isEqualTo(Duration.ofMillis(650));
    clock.advance(Duration.ofMillis(650));
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false)).isZero();
  }

  @Test
  void aCallCountsFromWhenItWasMadeNotFromWhenItsRoomWasTaken() {
    assertThat(first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false)).isZero();
    clock.advance(Duration.ofMillis(300)); // a slow call: the platform saw it up to now
    first.sent();

    clock.advance(Duration.ofMillis(800));
    assertThat(second.untilChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false))
        .isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void aGroupTakesTwentyAMinuteWhicheverBotSendsThem() {
    for (int i = 0; i < 20; i++) {
      SharedSendWindows bot = i % 2 == 0 ? first : second;
      assertThat(bot.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "-1002000000001", true)).isZero();
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "-1002000000001", true))
        .isEqualTo(Duration.ofSeconds(61 - 20));
    clock.advance(Duration.ofSeconds(41));
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "-1002000000001", true)).isZero();
  }

  @Test
  void aReplyToldToWaitGoesBeforeTheNextDeliveryOfAnyBot() {
    for (int i = 0; i < 30; i++) {
      assertThat(first.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, false)).isZero();
    }
    Duration replyWaits = second.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, true);
    assertThat(replyWaits).isEqualTo(Duration.ofMillis(1050));

    clock.advance(replyWaits);
    // room again, but it is the reply's: the delivery holds back
    assertThat(first.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, false)).isPositive();
    assertThat(second.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, true)).isZero();
    clock.advance(Duration.ofMillis(35));
    assertThat(first.takeOverall(ChatPlatform.TELEGRAM, TELEGRAM, false)).isZero();
  }

  @Test
  void aChatsWindowIsDeletedOnceItHasRunOut() {
    first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false);
    first.forgetIdle();
    assertThat(mongo.getCollection(SharedSendWindows.COLLECTION).countDocuments()).isOne();

    clock.advance(Duration.ofMillis(1051));
    first.forgetIdle();
    assertThat(mongo.getCollection(SharedSendWindows.COLLECTION).countDocuments()).isZero();
  }

  @Test
  void aPlatformWithoutLimitsWritesNothing() {
    assertThat(first.takeOverall(ChatPlatform.TRAINING, SendLimits.none(), true)).isZero();
    assertThat(first.takeChat(ChatPlatform.TRAINING, SendLimits.none(), "1", false)).isZero();
    assertThat(mongo.collectionExists(SharedSendWindows.COLLECTION)).isFalse();
  }
}
