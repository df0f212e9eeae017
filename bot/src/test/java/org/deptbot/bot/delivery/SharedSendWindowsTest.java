package org.deptbot.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.deptbot.bot.TestSealKey;
import org.deptbot.core.reports.ReporterSeal;
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
  private final ReporterSeal seal = ReporterSeal.fromBase64(TestSealKey.BASE64);
  private final SharedSendWindows first = new SharedSendWindows(mongo, clock, seal);
  private final SharedSendWindows second = new SharedSendWindows(mongo, clock, seal);

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
  void aPersonsWindowNamesNeitherTheirChatNorTheSameTagTwoPeriodsApart() {
    // GIVEN the bot answers a person (an anonymous reporter's receipt, say) and a group
    clock.advance(Duration.ofSeconds(3)); // 17:00:03
    first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "700123456", false);
    first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "-1002000000001", true);
    first.sent();
    List<Document> then = mongo.findAll(Document.class, SharedSendWindows.COLLECTION);

    // THEN whoever reads the database, or its history, does not find the person's chat
    assertThat(then).extracting(Document::toJson).noneMatch(json -> json.contains("700123456"));
    assertThat(then)
        .extracting(d -> d.getString("_id"))
        .contains("telegram:chat:-1002000000001") // the department's group keeps its id
        .anyMatch(id -> id.startsWith("telegram:person:"));

    // AND the same person answered in a later period gets a window of another name
    clock.advance(Duration.ofSeconds(30));
    second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "700123456", false);
    List<Object> persons =
        mongo.findAll(Document.class, SharedSendWindows.COLLECTION).stream()
            .map(d -> d.get("_id"))
            .filter(id -> id.toString().startsWith("telegram:person:"))
            .toList();
    assertThat(persons).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aPersonStillWaitsTheirSecondWhenANewPeriodBeginsBetweenTwoMessages() {
    // GIVEN a message to a person 0.3 s before a period ends
    clock.advance(Duration.ofMillis(9700)); // 17:00:09.7; a period is 10 s
    assertThat(first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false)).isZero();

    // WHEN another bot has a message for them 0.5 s later, in the next period
    clock.advance(Duration.ofMillis(500));

    // THEN it waits for the rest of the person's 1.05 s, looking and taking alike
    assertThat(second.untilChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false))
        .isEqualTo(Duration.ofMillis(550));
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false))
        .isEqualTo(Duration.ofMillis(550));
    clock.advance(Duration.ofMillis(550));
    assertThat(second.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false)).isZero();
    assertThat(first.takeChat(ChatPlatform.TELEGRAM, TELEGRAM, "7001", false)).isPositive();
  }

  @Test
  void aPlatformWithoutLimitsWritesNothing() {
    assertThat(first.takeOverall(ChatPlatform.TRAINING, SendLimits.none(), true)).isZero();
    assertThat(first.takeChat(ChatPlatform.TRAINING, SendLimits.none(), "1", false)).isZero();
    assertThat(mongo.collectionExists(SharedSendWindows.COLLECTION)).isFalse();
  }
}
