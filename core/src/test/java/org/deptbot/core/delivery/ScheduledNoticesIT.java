package org.deptbot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A scheduled notice is stored with nothing planned, released once when its time comes (however
 * many rounds or processes try), and then planned once; cancelled or changed before its time, it
 * goes out as changed or not at all.
 */
class ScheduledNoticesIT {

  private static final Instant T0 = NoticeFixtures.T0;
  private static final Instant AT = T0.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(10));

  private final MutableClock clock = new MutableClock(T0);
  private MongoTemplate mongo;
  private Notices notices;
  private Deliveries deliveries;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    notices = new Notices(mongo, clock);
    new Channels(mongo)
        .save(
            new Channel(
                "tg-alerts",
                ChatPlatform.TELEGRAM,
                "-1001",
                "Alerts",
                Set.of(NoticeCategory.ROAD_CLOSURE)));
    new Subscribers(mongo, clock)
        .subscribe(ChatPlatform.TELEGRAM, "501", List.of(NoticeCategory.ROAD_CLOSURE));
    deliveries = new Deliveries(mongo);
    deliveries.createIndexes();
  }

  /** The planner as a (re)started bot builds it, over the same database. */
  private DeliveryPlanner planner() {
    return new DeliveryPlanner(
        new Notices(mongo, clock),
        new Channels(mongo),
        new Subscribers(mongo, clock),
        deliveries,
        clock);
  }

  private Notice scheduled(String id, String street, Instant at) {
    return Notice.schedule(
        id,
        NoticeFixtures.approvedRoadClosure(),
        Map.of("street", street),
        List.of("tg-alerts"),
        NoticeMode.LIVE,
        "s-050",
        clock.instant(),
        at);
  }

  @Test
  void nothingIsPlannedBeforeItsTimeAndItGoesOutOnceThoughEveryRoundAndARestartTry() {
    notices.add(scheduled("N-1", "Main St", AT));

    assertThat(planner().planPending()).as("nothing planned while it waits").isZero();
    assertThat(notices.dueForRelease(clock.instant())).isEmpty();
    clock.advance(Duration.ofHours(2));
    assertThat(notices.release("N-1", clock.instant())).as("ten minutes early").isFalse();
    assertThat(planner().planPending()).isZero();

    clock.advance(Duration.ofMinutes(10));
    assertThat(notices.dueForRelease(clock.instant()))
        .extracting(Notice::id)
        .containsExactly("N-1");
    assertThat(notices.release("N-1", clock.instant())).isTrue();
    assertThat(notices.release("N-1", clock.instant())).as("a second round").isFalse();
    // a crash here, after the release and before planning: the restarted bot plans it
    assertThat(planner().planPending()).isEqualTo(1);
    assertThat(planner().planPending()).as("and a second process plans nothing more").isZero();
    assertThat(new Notices(mongo, clock).release("N-1", clock.instant())).isFalse();

    assertThat(deliveries.ofNotice("N-1"))
        .extracting(Delivery::chatId, Delivery::action)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("-1001", DeliveryAction.POST),
            org.assertj.core.groups.Tuple.tuple("501", DeliveryAction.POST));
    Notice issued = notices.byId("N-1").orElseThrow();
    assertThat(issued.status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(issued.latest().at()).as("it went out at its time").isEqualTo(AT);
    assertThat(issued.expiresAt()).isEqualTo(AT.plus(Duration.ofHours(12)));
    assertThat(notices.active()).extracting(Notice::id).containsExactly("N-1");
  }

  @Test
  void twoRoundsAtOnceReleaseItOnce() throws Exception {
    notices.add(scheduled("N-1", "Main St", AT));
    clock.advance(Duration.ofHours(3));
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> rounds =
          List.of(
              () -> new Notices(mongo, clock).release("N-1", clock.instant()),
              () -> new Notices(mongo, clock).release("N-1", clock.instant()),
              () -> new Notices(mongo, clock).release("N-1", clock.instant()),
              () -> new Notices(mongo, clock).release("N-1", clock.instant()));
      long released = 0;
      for (Future<Boolean> round : pool.invokeAll(rounds)) {
        released += round.get() ? 1 : 0;
      }
      assertThat(released).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cancelledBeforeItsTimeItNeverGoesOutAndARoundAfterTheReleaseCannotCancelItSo() {
    Notice waiting = notices.add(scheduled("N-1", "Main St", AT));
    Notice other = notices.add(scheduled("N-2", "Oak Ave", AT));

    assertThat(notices.cancelScheduled(waiting, waiting.cancel("event moved", "s-050", T0)))
        .isTrue();
    clock.advance(Duration.ofHours(3));
    assertThat(notices.release("N-1", clock.instant())).isFalse();
    assertThat(planner().planPending()).isZero();
    assertThat(deliveries.ofNotice("N-1")).isEmpty();
    assertThat(notices.byId("N-1").orElseThrow().status()).isEqualTo(NoticeStatus.CANCELLED);

    // released first: the scheduled cancellation is refused, so it is cancelled as a posted notice
    assertThat(notices.release("N-2", clock.instant())).isTrue();
    assertThat(notices.cancelScheduled(other, other.cancel("late", "s-050", T0))).isFalse();
  }

  @Test
  void changedBeforeItsTimeItGoesOutAsChangedAndAStaleChangeIsRefused() {
    Notice waiting = notices.add(scheduled("N-1", "Main St", AT));
    clock.advance(Duration.ofMinutes(1));
    Notice moved = scheduled("N-1", "Elm St", AT.plus(Duration.ofHours(1)));

    assertThat(notices.reschedule(waiting, moved)).isTrue();
    assertThat(notices.reschedule(waiting, scheduled("N-1", "Pine St", AT)))
        .as("someone else changed it since it was read")
        .isFalse();
    clock.advance(Duration.ofHours(4));
    assertThat(notices.release("N-1", AT)).as("its old time").isFalse();
    assertThat(notices.release("N-1", clock.instant())).isTrue();
    planner().planPending();

    Notice out = notices.byId("N-1").orElseThrow();
    assertThat(out.revisions())
        .singleElement()
        .satisfies(r -> assertThat(r.title()).contains("Elm St"));
    assertThat(deliveries.ofNotice("N-1"))
        .extracting(Delivery::revision)
        .containsOnly(1)
        .hasSize(2);
  }

  @Test
  void aTimeThatHasPassedIsRefused() {
    assertThatThrownBy(() -> scheduled("N-1", "Main St", T0.minusSeconds(60)))
        .isInstanceOfSatisfying(
            NoticeTransitionRefused.class,
            r ->
                assertThat(r.reason())
                    .isEqualTo(NoticeTransitionRefused.Reason.SCHEDULED_IN_THE_PAST));
  }

  @Test
  void aNoticeStoredBeforeSchedulingExistedIsReadAndPlannedAsBefore() {
    Notice old = NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE);
    Document stored = new Document();
    mongo.getConverter().write(old, stored);
    stored.remove("scheduledFor");
    mongo.getCollection("notices").insertOne(stored);

    Notice read = notices.byId("N-1").orElseThrow();
    assertThat(read.scheduledFor()).isNull();
    assertThat(read.scheduled()).isFalse();
    assertThat(planner().planPending()).isEqualTo(1);
  }
}
