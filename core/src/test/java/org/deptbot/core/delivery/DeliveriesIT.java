package org.deptbot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;

class DeliveriesIT {

  private static final Instant T0 = Instant.parse("2026-11-21T21:49:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);
  private MongoTemplate mongo;
  private Deliveries deliveries;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    deliveries = new Deliveries(mongo);
    deliveries.createIndexes();
  }

  @Test
  void theConditionalMovesFindTheirDeliveryThroughAnIndexOnIdAndState() {
    // the embedded server uses an index only for a query on exactly its fields (see Deliveries)
    assertThat(mongo.indexOps(Delivery.class).getIndexInfo())
        .anySatisfy(
            index ->
                assertThat(index.getIndexFields())
                    .extracting(IndexField::getKey)
                    .containsExactly("_id", "state"));
  }

  @Test
  void urgentNoticesAndChannelsComeFirst() {
    deliveries.queue(
        List.of(
            delivery("N-1", RecipientKind.SUBSCRIBER, "s1", 15),
            delivery("N-1", RecipientKind.CHANNEL, "c1", 10),
            delivery("N-2", RecipientKind.SUBSCRIBER, "s1", 5),
            delivery("N-2", RecipientKind.CHANNEL, "c1", 0)));

    assertThat(deliveries.due(ChatPlatform.TELEGRAM, T0, 10))
        .extracting(Delivery::priority)
        .containsExactly(0, 5, 10, 15);
  }

  @Test
  void onlyOneOfTwoWorkersClaimsADelivery() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));

    var winners = ConcurrentHashMap.<String>newKeySet();
    IntStream.range(0, 8)
        .parallel()
        .forEach(
            i -> {
              if (deliveries.claim(d.id(), "w" + i, T0, LEASE)) {
                winners.add("w" + i);
              }
            });

    assertThat(winners).hasSize(1);
    assertThat(deliveries.due(ChatPlatform.TELEGRAM, T0, 10)).isEmpty();
  }

  @Test
  void aCrashedWorkersDeliveryIsReclaimedOnlyAfterItsLease() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));
    deliveries.claim(d.id(), "crashed", T0, LEASE);

    assertThat(deliveries.reclaimExpired(T0.plus(LEASE).minusSeconds(1))).isZero();
    assertThat(deliveries.reclaimExpired(T0.plus(LEASE).plusSeconds(1))).isEqualTo(1);

    assertThat(deliveries.claim(d.id(), "healthy", T0.plus(LEASE), LEASE)).isTrue();
    assertThat(deliveries.byId(d.id()).orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void aRateLimitWaitDoesNotUseUpAnAttemptButAnErrorDoes() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));

    deliveries.claim(d.id(), "w", T0, LEASE);
    deliveries.retryLater(d.id(), T0.plusSeconds(3), "rate limited", false);
    assertThat(deliveries.due(ChatPlatform.TELEGRAM, T0.plusSeconds(2), 10)).isEmpty();
    assertThat(deliveries.byId(d.id()).orElseThrow().attempts()).isZero();

    deliveries.claim(d.id(), "w", T0.plusSeconds(3), LEASE);
    deliveries.retryLater(d.id(), T0.plusSeconds(5), "timeout", true);
    assertThat(deliveries.byId(d.id()).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aFinishedDeliveryCannotBeMovedByALateWorker() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));
    deliveries.claim(d.id(), "w", T0, LEASE);
    deliveries.sent(d.id(), "42", 1, T0);

    deliveries.failed(d.id(), "late", T0);
    deliveries.retryLater(d.id(), T0, "late", true);

    Delivery stored = deliveries.byId(d.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(DeliveryState.SENT);
    assertThat(stored.messageId()).isEqualTo("42");
  }

  @Test
  void aPostOwedToFollowingServersIsPublishedAsItsOwnStepAfterARateLimitWait() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));
    deliveries.claim(d.id(), "w", T0, LEASE);
    deliveries.sent(
        d.id(), "42", 1, T0, Deliveries.EarlierPhoto.NONE_LEFT, Deliveries.Sharing.OWED);

    assertThat(deliveries.publishingDue(ChatPlatform.TELEGRAM, T0, 10))
        .extracting(Delivery::id)
        .containsExactly(d.id());
    assertThat(deliveries.claimPublishing(d.id(), T0, LEASE)).isTrue();
    assertThat(deliveries.claimPublishing(d.id(), T0, LEASE)).as("taken once").isFalse();
    deliveries.publishLater(d.id(), T0.plus(Duration.ofMinutes(50)), "limit", true);

    Delivery waiting = deliveries.byId(d.id()).orElseThrow();
    assertThat(waiting.state()).isEqualTo(DeliveryState.SENT);
    assertThat(waiting.publishing().state()).isEqualTo(Publishing.State.WAITING);
    assertThat(waiting.publishing().rateLimited()).isTrue();
    assertThat(waiting.publishing().attempts()).as("a rate-limit wait is no attempt").isZero();
    assertThat(deliveries.publishingDue(ChatPlatform.TELEGRAM, T0.plusSeconds(2999), 10)).isEmpty();

    Instant later = T0.plus(Duration.ofMinutes(50));
    assertThat(deliveries.claimPublishing(d.id(), later, LEASE)).isTrue();
    deliveries.published(d.id());
    deliveries.publishLater(d.id(), later, "late worker", false);

    Publishing done = deliveries.byId(d.id()).orElseThrow().publishing();
    assertThat(done.state()).isEqualTo(Publishing.State.PUBLISHED);
    assertThat(done.note()).isNull();
    assertThat(deliveries.publishingDue(ChatPlatform.TELEGRAM, later.plusSeconds(60), 10))
        .isEmpty();
  }

  @Test
  void aPublishingStepWhoseWorkerStoppedIsTakenUpAgainAfterItsLease() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));
    deliveries.claim(d.id(), "w", T0, LEASE);
    deliveries.sent(
        d.id(), "42", 1, T0, Deliveries.EarlierPhoto.NONE_LEFT, Deliveries.Sharing.OWED);
    deliveries.claimPublishing(d.id(), T0, LEASE);

    assertThat(deliveries.reclaimExpired(T0.plus(LEASE).minusSeconds(1))).isZero();
    assertThat(deliveries.publishingDue(ChatPlatform.TELEGRAM, T0.plus(LEASE), 10)).isEmpty();
    assertThat(deliveries.reclaimExpired(T0.plus(LEASE).plusSeconds(1))).isEqualTo(1);

    assertThat(deliveries.publishingDue(ChatPlatform.TELEGRAM, T0.plus(LEASE).plusSeconds(1), 10))
        .extracting(Delivery::id)
        .containsExactly(d.id());
    assertThat(deliveries.byId(d.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
  }

  @Test
  void aPostNotToBeSharedOwesNoPublishing() {
    Delivery d = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(d));
    deliveries.claim(d.id(), "w", T0, LEASE);
    deliveries.sent(d.id(), "42", 1, T0);

    assertThat(deliveries.byId(d.id()).orElseThrow().publishing()).isNull();
    assertThat(deliveries.publishingDue(ChatPlatform.TELEGRAM, T0.plusSeconds(60), 10)).isEmpty();
  }

  @Test
  void queueingTheSameDeliveriesTwiceKeepsTheFirstAndAddsTheNew() {
    Delivery first = delivery("N-1", RecipientKind.CHANNEL, "c1", 0);
    deliveries.queue(List.of(first));
    deliveries.claim(first.id(), "w", T0, LEASE);
    deliveries.sent(first.id(), "42", 1, T0);

    AtomicInteger rows = new AtomicInteger();
    deliveries.queue(List.of(first, delivery("N-1", RecipientKind.CHANNEL, "c2", 0)));
    deliveries.ofNotice("N-1").forEach(x -> rows.incrementAndGet());

    assertThat(rows).hasValue(2);
    assertThat(deliveries.byId(first.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
  }

  private static Delivery delivery(String notice, RecipientKind kind, String key, int priority) {
    return Delivery.queued(
        notice, 1, DeliveryAction.POST, kind, key, ChatPlatform.TELEGRAM, key, priority, T0);
  }
}
