package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which cases may owe a notification (collection {@code case_owed}, one document per case), so the
 * notifier reads a handful of pointers instead of searching every case for its flags. What is owed
 * stays in the case ({@code handlerToNotify}, {@code reporterToNotify}); this is where to look.
 *
 * <p>A pointer is written (or its {@code v} raised to the new version) before a change that owes
 * something is written, and removed only once the case, at that version or later, owes nothing: a
 * crash between the two writes leaves a pointer to a case that owes nothing, never a debt without a
 * pointer.
 */
class OwedNotifications {

  static final String COLLECTION = "case_owed";

  private final MongoOperations mongo;
  private final Clock clock;

  OwedNotifications(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** A pointer to a case that may owe something. */
  record Pointer(String caseId, int version, Instant at) {}

  /** Before a change to {@code version} that owes something is written. */
  void owe(String caseId, int version) {
    mongo.upsert(
        query(where("_id").is(caseId)),
        new Update().max("v", version).set("at", Date.from(clock.instant())),
        COLLECTION);
  }

  /** The oldest pointers first. */
  List<Pointer> pending(int limit) {
    return mongo
        .find(new Query().with(Sort.by("at")).limit(limit), Document.class, COLLECTION)
        .stream()
        .map(d -> new Pointer(d.getString("_id"), d.getInteger("v"), d.getDate("at").toInstant()))
        .toList();
  }

  /**
   * The case owes nothing at {@code version}: its pointer goes, unless a later change raised it.
   */
  void settled(String caseId, int version) {
    mongo.remove(query(where("_id").is(caseId).and("v").lte(version)), COLLECTION);
  }

  /**
   * A pointer whose change was never written (a crash, or a lost insert) points at the case as is.
   */
  void lower(Pointer stale, int version) {
    mongo.updateFirst(
        query(where("_id").is(stale.caseId()).and("v").is(stale.version())),
        new Update().set("v", version),
        COLLECTION);
  }

  /** Drops the pointer of a case number that was never stored. */
  void forget(String caseId) {
    mongo.remove(query(where("_id").is(caseId)), COLLECTION);
  }

  /** Sets the pointers from {@code owing}, the cases that owe something. */
  void rebuild(Collection<CaseQueues.Placed> owing) {
    mongo.remove(new Query(), COLLECTION);
    owing.forEach(p -> owe(p.caseId(), p.version()));
  }
}
