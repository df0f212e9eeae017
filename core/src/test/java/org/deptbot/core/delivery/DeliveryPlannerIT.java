package org.deptbot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class DeliveryPlannerIT {

  private final MutableClock clock = new MutableClock(NoticeFixtures.T0);
  private Notices notices;
  private Subscribers subscribers;
  private Deliveries deliveries;
  private DeliveryPlanner planner;
  private MongoTemplate mongo;
  private Channels channels;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    notices = new Notices(mongo, clock);
    channels = new Channels(mongo);
    channels.save(
        new Channel(
            "tg-alerts",
            ChatPlatform.TELEGRAM,
            "-1001",
            "Alerts",
            Set.of(NoticeCategory.ROAD_CLOSURE)));
    subscribers = new Subscribers(mongo, clock);
    deliveries = new Deliveries(mongo);
    deliveries.createIndexes();
    planner = new DeliveryPlanner(notices, channels, subscribers, deliveries, clock);
  }

  @Test
  void aLiveNoticeGoesToItsChannelsFirstThenToTheCategorysSubscribers() {
    subscribers.subscribe(ChatPlatform.TELEGRAM, "501", List.of(NoticeCategory.ROAD_CLOSURE));
    subscribers.subscribe(ChatPlatform.TELEGRAM, "502", List.of(NoticeCategory.SPECIAL_EVENT));
    Notice notice = notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE));

    assertThat(planner.planPending()).isEqualTo(1);

    assertThat(deliveries.due(ChatPlatform.TELEGRAM, clock.instant(), 10))
        .extracting(Delivery::chatId, Delivery::action, Delivery::recipientKind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "-1001", DeliveryAction.POST, RecipientKind.CHANNEL),
            org.assertj.core.groups.Tuple.tuple(
                "501", DeliveryAction.POST, RecipientKind.SUBSCRIBER));
    assertThat(notices.byId(notice.id()).orElseThrow().latest().planned()).isTrue();
  }

  @Test
  void theChannelsAreQueuedFirstOnTheirOwnAndTheSubscribersInParts() {
    int many = 2 * DeliveryPlanner.QUEUE_PART + 50;
    for (int i = 0; i < many; i++) {
      subscribers.subscribe(
          ChatPlatform.TELEGRAM, String.valueOf(1000 + i), List.of(NoticeCategory.ROAD_CLOSURE));
    }
    List<List<Delivery>> inserts = new ArrayList<>();
    var recorded =
        new Deliveries(mongo) {
          @Override
          public void queue(List<Delivery> queued) {
            inserts.add(List.copyOf(queued));
            super.queue(queued);
          }
        };
    planner = new DeliveryPlanner(notices, channels, subscribers, recorded, clock);
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE));

    planner.planPending();

    assertThat(inserts.get(0))
        .extracting(Delivery::recipientKind)
        .containsExactly(RecipientKind.CHANNEL);
    assertThat(inserts.subList(1, inserts.size()))
        .extracting(List::size)
        .containsExactly(DeliveryPlanner.QUEUE_PART, DeliveryPlanner.QUEUE_PART, 50);
    assertThat(deliveries.ofNotice("N-1")).hasSize(1 + many);
  }

  @Test
  void anExerciseStaysInTheDepartmentsChannels() {
    subscribers.subscribe(ChatPlatform.TELEGRAM, "501", List.of(NoticeCategory.ROAD_CLOSURE));
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.EXERCISE));

    planner.planPending();

    assertThat(deliveries.ofNotice("N-1")).extracting(Delivery::chatId).containsExactly("-1001");
  }

  @Test
  void planningAgainAfterACrashQueuesNothingTwice() {
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE));
    // a crash after queueing but before the revision was marked planned
    deliveries.queue(
        List.of(
            Delivery.queued(
                "N-1",
                1,
                DeliveryAction.POST,
                RecipientKind.CHANNEL,
                "tg-alerts",
                ChatPlatform.TELEGRAM,
                "-1001",
                0,
                clock.instant())));

    planner.planPending();
    planner.planPending();

    assertThat(deliveries.ofNotice("N-1")).hasSize(1);
  }

  @Test
  void anUpdateEditsEveryoneTheFirstPostWentToAndKeepsThePlannedMarks() {
    subscribers.subscribe(ChatPlatform.TELEGRAM, "501", List.of(NoticeCategory.ROAD_CLOSURE));
    Notice issued = notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE));
    planner.planPending();
    // someone subscribes after the notice went out: they get no edit of a post they never had
    subscribers.subscribe(ChatPlatform.TELEGRAM, "503", List.of(NoticeCategory.ROAD_CLOSURE));
    Notice stale = issued; // loaded before the planner marked revision 1
    notices.replace(
        stale,
        stale.update(
            NoticeFixtures.approvedRoadClosure(),
            Map.of("street", "Oak Ave"),
            "moved",
            "s-050",
            clock.instant().plus(Duration.ofMinutes(5))));

    assertThat(planner.planPending()).isEqualTo(1);

    assertThat(deliveries.ofRevision("N-1", 2))
        .extracting(Delivery::chatId, Delivery::action)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("-1001", DeliveryAction.EDIT),
            org.assertj.core.groups.Tuple.tuple("501", DeliveryAction.EDIT));
    assertThat(deliveries.ofRevision("N-1", 1)).hasSize(2);
  }
}
