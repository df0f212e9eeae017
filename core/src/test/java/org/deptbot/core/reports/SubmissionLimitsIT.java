package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class SubmissionLimitsIT {

  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T14:10:00Z"));
  private final SubmissionLimits limits =
      new SubmissionLimits(mongo, ReporterSeal.ephemeral(), clock);

  @Test
  void aPersonIsHeldToTheLimitWithinTheHourAndTheCounterLeavesNoTraceAfterIt() {
    limits.count("report:s-031", false);
    limits.count("report:s-031", false);
    assertThat(limits.within("report:s-031", 2)).isFalse();
    assertThat(limits.within("report:s-032", 2)).isTrue();
    assertThat(mongo.findAll(Document.class, SubmissionLimits.COLLECTION))
        .allSatisfy(
            d ->
                assertThat(d.keySet())
                    .containsExactlyInAnyOrder("_id", "n", "expiresAt")
                    .doesNotContain("s-031"));
    assertThat(mongo.findAll(Document.class, SubmissionLimits.COLLECTION).toString())
        .doesNotContain("s-031");

    clock.advance(Duration.ofMinutes(50)); // the next hour
    assertThat(limits.within("report:s-031", 2)).isTrue();
    assertThat(limits.sweep()).isEqualTo(1);
    assertThat(
            mongo.count(
                new org.springframework.data.mongodb.core.query.Query(),
                SubmissionLimits.COLLECTION))
        .isZero();
  }

  @Test
  void anAnonymousAndANamedReportOfOnePersonCountTogetherButInCountersThatShareNothing() {
    limits.count("report:s-031", false);
    Document named = mongo.findAll(Document.class, SubmissionLimits.COLLECTION).get(0);
    limits.count("report:s-031", true);

    // the limit is their sum
    assertThat(limits.within("report:s-031", 3)).isTrue();
    assertThat(limits.within("report:s-031", 2)).isFalse();
    // but the anonymous one went up another counter: the named one is as it was
    assertThat(mongo.findAll(Document.class, SubmissionLimits.COLLECTION))
        .hasSize(2)
        .contains(named)
        .allSatisfy(d -> assertThat(d.getInteger("n")).isOne());
  }
}
