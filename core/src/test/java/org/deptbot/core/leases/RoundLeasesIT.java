package org.deptbot.core.leases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two instances on one database, each with its own id and the same clock. */
class RoundLeasesIT {

  private static final Duration TTL = Duration.ofMinutes(3);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final RoundLeases first = new RoundLeases(mongo, clock, "first", TTL);
  private final RoundLeases second = new RoundLeases(mongo, clock, "second", TTL);
  private final List<String> ran = new ArrayList<>();

  @Test
  void theHolderRunsTheRoundEveryPeriodAndTheOtherNever() {
    for (int period = 0; period < 10; period++) {
      first.tryRun("reports.notify", () -> ran.add("first"));
      second.tryRun("reports.notify", () -> ran.add("second"));
      clock.advance(Duration.ofMinutes(1)); // the round's period, shorter than the lease
    }

    assertThat(ran).hasSize(10).containsOnly("first");
    Document lease = mongo.getCollection("leases").find().first();
    assertThat(lease.getString("_id")).isEqualTo("reports.notify");
    assertThat(lease.getString("holder")).isEqualTo("first");
  }

  @Test
  void aHolderThatStopsRunningLosesTheRoundOnceTheLeaseLapsesAndNotBefore() {
    assertThat(first.tryRun("notices.expiry", () -> ran.add("first"))).isTrue();

    // the holder crashed: nobody renews the lease
    clock.advance(TTL.minusSeconds(1));
    assertThat(second.tryRun("notices.expiry", () -> ran.add("second"))).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(second.tryRun("notices.expiry", () -> ran.add("second"))).isTrue();
    // back again, the first finds the round taken
    assertThat(first.tryRun("notices.expiry", () -> ran.add("first"))).isFalse();

    assertThat(ran).containsExactly("first", "second");
  }

  @Test
  void eachRoundHasItsOwnLeaseAndAnOrderlyStopGivesThemBackAtOnce() {
    first.tryRun("chat.sweep", () -> ran.add("first sweep"));
    second.tryRun("reports.deadlines", () -> ran.add("second deadlines"));
    first.tryRun("reports.deadlines", () -> ran.add("first deadlines"));
    second.tryRun("chat.sweep", () -> ran.add("second sweep"));

    first.close();
    second.tryRun("chat.sweep", () -> ran.add("second sweep"));

    assertThat(ran).containsExactly("first sweep", "second deadlines", "second sweep");
    assertThat(second.runs())
        .containsEntry("chat.sweep", 1L)
        .containsEntry("reports.deadlines", 1L);
  }

  @Test
  void aLongerLeaseAskedForByARareRoundIsKeptThatLong() {
    first.tryRun("audit.anchor", Duration.ofHours(3), () -> ran.add("first"));
    clock.advance(Duration.ofHours(1).plusMinutes(5)); // an hour's round a little late
    second.tryRun("audit.anchor", Duration.ofHours(3), () -> ran.add("second"));

    assertThat(ran).containsExactly("first");
  }

  @Test
  void aRoundRunsInOneOfTwoInstancesAskingAtTheSameMoment() throws Exception {
    AtomicInteger running = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Boolean>> tries = new ArrayList<>();
    for (RoundLeases instance : List.of(first, second, first, second)) {
      tries.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(go);
                return instance.tryRun("approvals.remind", running::incrementAndGet);
              }));
    }
    go.countDown();
    CompletableFuture.allOf(tries.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

    // the holder may run it more than once; the other never
    String holder = mongo.getCollection("leases").find().first().getString("holder");
    RoundLeases other = holder.equals("first") ? second : first;
    assertThat(other.runs()).doesNotContainKey("approvals.remind");
    assertThat(running.get()).isBetween(1, 2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
