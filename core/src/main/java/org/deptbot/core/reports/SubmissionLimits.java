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
 *
 * <p>A person's anonymous submissions and their named ones are counted apart, and the limit is
 * their sum. One counter for both would tie them: a reader of the database's history (a replica
 * set's oplog, two backups) would see the same counter go up when a named report was sent and when
 * an anonymous one was, and so whose the anonymous one is.
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

  /**
   * Whether {@code who} (such as {@code report:s-031}) sent fewer than {@code perHour} so far,
   * anonymously and named together (reading writes nothing).
   */
  public boolean within(String who, int perHour) {
    int sent = 0;
    for (boolean anonymous : new boolean[] {true, false}) {
      Document counter = mongo.findById(counterOf(who, anonymous), Document.class, COLLECTION);
      sent += counter == null ? 0 : counter.getInteger("n", 0);
    }
    return sent < perHour;
  }

  /** Counts one more for {@code who} in this hour, in the counter of anonymous ones or of named. */
  public void count(String who, boolean anonymous) {
    Instant hourEnds = hour().plus(1, ChronoUnit.HOURS);
    mongo.upsert(
        query(where("_id").is(counterOf(who, anonymous))),
        new Update().inc("n", 1).set("expiresAt", Date.from(hourEnds)),
        COLLECTION);
  }

  /** Deletes the counters of hours that are over; returns how many. */
  public long sweep() {
    return mongo
        .remove(query(where("expiresAt").lte(Date.from(clock.instant()))), COLLECTION)
        .getDeletedCount();
  }

  private String counterOf(String who, boolean anonymous) {
    return seal.tag(who + "|" + (anonymous ? "anonymous" : "named") + "|" + hour());
  }

  private Instant hour() {
    return clock.instant().truncatedTo(ChronoUnit.HOURS);
  }
}
