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
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Pointers to the cases in some state (one document per case), so a worker reads a handful of
 * pointers instead of searching every case: the embedded server uses no secondary index. Two sets
 * are kept: cases that may owe a notification ({@code case_owed}; what is owed stays in the case,
 * {@code handlerToNotify} and {@code reporterToNotify}) and cases that may wait for their handler's
 * acknowledgement ({@code case_unacknowledged}).
 *
 * <p>A pointer is written (or its {@code v} raised to the new version) before the change that puts
 * the case in the state is written, and removed only once the case, at that version or later, is no
 * longer in it: a crash between the two writes leaves a pointer too many, never a case without one.
 */
class CasePointers {

  static final String OWED = "case_owed";
  static final String UNACKNOWLEDGED = "case_unacknowledged";

  private final MongoOperations mongo;
  private final Clock clock;
  private final String collection;

  CasePointers(MongoOperations mongo, Clock clock, String collection) {
    this.mongo = mongo;
    this.clock = clock;
    this.collection = collection;
  }

  /** A pointer to a case, as of {@code version}, written or raised at {@code at}. */
  record Pointer(String caseId, int version, Instant at) {}

  /** Before a change to {@code version} that puts the case in the state is written. */
  void point(String caseId, int version) {
    mongo.upsert(
        query(where("_id").is(caseId)),
        new Update().max("v", version).set("at", Date.from(clock.instant())),
        collection);
  }

  /** The oldest pointers first; {@code limit} 0 for all. */
  List<Pointer> pending(int limit) {
    return mongo
        .find(new Query().with(Sort.by("at")).limit(limit), Document.class, collection)
        .stream()
        .map(d -> new Pointer(d.getString("_id"), d.getInteger("v"), d.getDate("at").toInstant()))
        .toList();
  }

  /** The case is out of the state at {@code version}: the pointer goes, unless raised since. */
  void settled(String caseId, int version) {
    mongo.remove(query(where("_id").is(caseId).and("v").lte(version)), collection);
  }

  /**
   * A pointer whose change was never written (a crash, or a lost insert) points at the case as is.
   */
  void lower(Pointer stale, int version) {
    mongo.updateFirst(
        query(where("_id").is(stale.caseId()).and("v").is(stale.version())),
        new Update().set("v", version),
        collection);
  }

  /** Drops the pointer of a case number that was never stored. */
  void forget(String caseId) {
    mongo.remove(query(where("_id").is(caseId)), collection);
  }

  /**
   * Sets the pointers from {@code cases}, the cases in the state: upserts, in one unordered bulk
   * write, so two processes rebuilding at the same first start write the same pointers twice.
   */
  void rebuild(Collection<CaseQueues.Placed> cases) {
    mongo.remove(new Query(), collection);
    if (cases.isEmpty()) {
      return;
    }
    Date now = Date.from(clock.instant());
    var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
    cases.forEach(
        p ->
            bulk.upsert(
                query(where("_id").is(p.caseId())),
                new Update().max("v", p.version()).set("at", now)));
    bulk.execute();
  }
}
