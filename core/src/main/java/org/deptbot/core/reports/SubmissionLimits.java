package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bson.Document;
import org.deptbot.core.IndexedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How many reports or tips one person sent in the current clock hour (collection {@code
 * submission_limits}), for the per-hour limits, without a lasting trace: a counter is named by a
 * keyed tag of the person and the hour, holds nothing but a count and the end of its hour, and is
 * deleted once the hour is over ({@link #sweep}). It never names a case or a tip, so it cannot tie
 * one to its sender.
 */
public class SubmissionLimits implements IndexedStore {

  static final String COLLECTION = "submission_limits";

  private final MongoOperations mongo;
  private final ReporterSeal seal;
  private final Clock clock;

  public SubmissionLimits(MongoOperations mongo, ReporterSeal seal, Clock clock) {
    this.mongo = mongo;
    this.seal = seal;
    this.clock = clock;
  }

  @Override
  public void createIndexes() {
    // a real mongod deletes them by itself too; the embedded server keeps it as a plain index
    mongo
        .indexOps(COLLECTION)
        .createIndex(
            new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expires"));
  }

  /** Whether {@code who} (such as {@code report:s-031}) sent fewer than {@code perHour} so far. */
  public boolean within(String who, int perHour) {
    Document counter = mongo.findById(counterOf(who), Document.class, COLLECTION);
    return counter == null || counter.getInteger("n", 0) < perHour;
  }

  /** Counts one more for {@code who} in this hour. */
  public void count(String who) {
    Instant hourEnds = hour().plus(1, ChronoUnit.HOURS);
    mongo.upsert(
        query(where("_id").is(counterOf(who))),
        new Update().inc("n", 1).set("expiresAt", Date.from(hourEnds)),
        COLLECTION);
  }

  /** Deletes the counters of hours that are over; returns how many. */
  public long sweep() {
    return mongo
        .remove(query(where("expiresAt").lte(Date.from(clock.instant()))), COLLECTION)
        .getDeletedCount();
  }

  private String counterOf(String who) {
    return seal.tag(who + "|" + hour());
  }

  private Instant hour() {
    return clock.instant().truncatedTo(ChronoUnit.HOURS);
  }
}
