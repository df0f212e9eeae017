package org.deptbot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Set;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.zones.GeoPoint;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneCircle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Subscribers following zones get only the notices about their zones; channels get them all. */
class ZoneDeliveryIT {

  private static final Zone DOWNTOWN =
      new Zone(
          "downtown",
          "Downtown",
          List.of(
              new GeoPoint(41.86, -88.01),
              new GeoPoint(41.86, -87.99),
              new GeoPoint(41.84, -87.99),
              new GeoPoint(41.86, -88.01)),
          null,
          List.of());
  private static final Zone RIVERSIDE =
      new Zone(
          "riverside",
          "Riverside",
          List.of(),
          new ZoneCircle(new GeoPoint(41.83, -88.03), 1.5),
          List.of());

  private final MutableClock clock = new MutableClock(NoticeFixtures.T0);
  private MongoTemplate mongo;
  private Notices notices;
  private Subscribers subscribers;
  private Deliveries deliveries;
  private DeliveryPlanner planner;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    notices = new Notices(mongo, clock);
    Channels channels = new Channels(mongo);
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
    // 501 follows Downtown, 502 Riverside, 503 both, 504 no zone (everything, as before zones)
    subscribe("501", "downtown");
    subscribe("502", "riverside");
    subscribe("503", "downtown", "riverside");
    subscribe("504");
  }

  @Test
  void aNoticeAboutAZoneGoesToItsFollowersAndThoseFollowingNone() {
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE).inZones(List.of(DOWNTOWN)));

    planner.planPending();

    assertThat(deliveries.ofNotice("N-1"))
        .extracting(Delivery::chatId)
        .containsExactlyInAnyOrder("-1001", "501", "503", "504");
  }

  @Test
  void aNoticeAboutTwoZonesReachesTheFollowersOfEither() {
    notices.add(
        NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE).inZones(List.of(DOWNTOWN, RIVERSIDE)));

    planner.planPending();

    assertThat(deliveries.ofNotice("N-1"))
        .extracting(Delivery::chatId)
        .containsExactlyInAnyOrder("-1001", "501", "502", "503", "504");
  }

  @Test
  void aNoticeWithoutZonesGoesToEveryone() {
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE));

    planner.planPending();

    assertThat(deliveries.ofNotice("N-1"))
        .extracting(Delivery::chatId)
        .containsExactlyInAnyOrder("-1001", "501", "502", "503", "504");
  }

  @Test
  void zonesAreStoredWithTheNoticeAndRecordsFromBeforeZonesStillRead() {
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE).inZones(List.of(RIVERSIDE)));
    notices.add(NoticeFixtures.roadClosure("N-2", NoticeMode.LIVE));
    // documents written before this version have no zones field at all
    mongo.updateFirst(query(where("_id").is("N-2")), new Update().unset("zones"), Notice.class);
    mongo.updateFirst(
        query(where("_id").is("telegram:504")), new Update().unset("zones"), Subscriber.class);

    assertThat(notices.byId("N-1").orElseThrow().zones()).containsExactly(RIVERSIDE);
    assertThat(notices.byId("N-2").orElseThrow().zones()).isEmpty();
    assertThat(subscribers.byId("telegram:504").orElseThrow().zones()).isEmpty();
    assertThat(subscribers.byId("telegram:503").orElseThrow().zones())
        .containsExactlyInAnyOrder("downtown", "riverside");
  }

  @Test
  void followingNoZoneAgainRestoresEverything() {
    subscribers.followZones(ChatPlatform.TELEGRAM, "502", List.of());
    notices.add(NoticeFixtures.roadClosure("N-1", NoticeMode.LIVE).inZones(List.of(DOWNTOWN)));

    planner.planPending();

    assertThat(deliveries.ofNotice("N-1")).extracting(Delivery::chatId).contains("502");
  }

  private void subscribe(String chat, String... zones) {
    subscribers.subscribe(ChatPlatform.TELEGRAM, chat, List.of(NoticeCategory.ROAD_CLOSURE));
    if (zones.length > 0) {
      subscribers.followZones(ChatPlatform.TELEGRAM, chat, List.of(zones));
    }
  }
}
