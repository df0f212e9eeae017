package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Each handler's open cases, one document per handler (collection {@code case_queues}), so {@code
 * /queue} and the console read one document by {@code _id} instead of searching every case ever
 * stored: the embedded server uses no secondary index, so such a search reads all of them.
 *
 * <p>Kept without transactions, as a superset of the truth: an entry is added before the case
 * document that needs it is written, and taken away after. An entry carries the case version that
 * added it, and a removal takes only entries older than the change that asked for it, so a late
 * removal never takes a newer entry. What a crash or a lost race leaves (an entry for a case that
 * is not open with that handler) is skipped when read and removed by {@link #reconcile}.
 */
class CaseQueues {

  static final String COLLECTION = "case_queues";

  /**
   * How long an entry newer than its case may wait for the case to be written: then it is stale.
   */
  static final Duration IN_FLIGHT = Duration.ofMinutes(5);

  private final MongoOperations mongo;
  private final Clock clock;

  CaseQueues(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** One case in a handler's queue, as of {@code version}, written at {@code written}. */
  record Entry(String caseId, Instant submittedAt, int version, Instant written) {

    static Entry of(Document d) {
      return new Entry(
          d.getString("c"),
          d.getDate("at").toInstant(),
          d.getInteger("v"),
          d.getDate("w").toInstant());
    }

    Document toDocument() {
      return new Document("c", caseId)
          .append("at", Date.from(submittedAt))
          .append("v", version)
          .append("w", Date.from(written));
    }

    boolean stale(Report current, String handlerId, Instant now) {
      if (current == null || version > current.version()) {
        return written.isBefore(now.minus(IN_FLIGHT)); // else still being written
      }
      return !(current.status().open() && handlerId.equals(current.handlerId()));
    }
  }

  /** Puts the case in its handler's queue; before the case is written. */
  void enter(Report r) {
    var entry = new Entry(r.id(), r.submittedAt(), r.version(), clock.instant());
    mongo.upsert(
        query(where("_id").is(r.handlerId())),
        new Update().addToSet("open", entry.toDocument()),
        COLLECTION);
  }

  /** Takes the case's entries older than {@code version} out of the handler's queue. */
  void leave(String handlerId, String caseId, int version) {
    pull(handlerId, new Document("c", caseId).append("v", new Document("$lt", version)));
  }

  /** Takes back an entry whose case was not written as {@code r} (the write lost a race). */
  void withdraw(Report r, Report current) {
    if (current == null
        || !(current.status().open() && r.handlerId().equals(current.handlerId()))) {
      pull(r.handlerId(), new Document("c", r.id()).append("v", r.version()));
    }
  }

  /** The handler's entries, one per case, oldest submission first. */
  List<Entry> of(String handlerId) {
    Document queue = mongo.findById(handlerId, Document.class, COLLECTION);
    return queue == null ? List.of() : distinct(entries(queue));
  }

  /** Every case id in any queue: all open cases, and what a crash left. */
  List<String> allCaseIds() {
    List<String> ids = new ArrayList<>();
    for (Document queue : mongo.findAll(Document.class, COLLECTION)) {
      distinct(entries(queue)).forEach(e -> ids.add(e.caseId()));
    }
    return ids;
  }

  /**
   * Removes entries for cases that are not open with that handler (a crash between the writes, or a
   * change that lost a race); {@code lookup} gives the cases by id. Returns how many it removed.
   */
  int reconcile(java.util.function.Function<Collection<String>, Map<String, Report>> lookup) {
    int removed = 0;
    Instant now = clock.instant();
    for (Document queue : mongo.findAll(Document.class, COLLECTION)) {
      String handlerId = queue.getString("_id");
      List<Entry> entries = entries(queue);
      Map<String, Report> cases = lookup.apply(entries.stream().map(Entry::caseId).toList());
      for (Entry e : entries) {
        if (e.stale(cases.get(e.caseId()), handlerId, now)) {
          pull(handlerId, e.toDocument());
          removed++;
        }
      }
    }
    return removed;
  }

  /** Where a case is, as the rebuild reads it. */
  record Placed(
      String handlerId, String caseId, Instant submittedAt, int version, String reporterId) {}

  /**
   * Sets every queue from {@code open}, the open cases; for data written around {@link Reports}.
   */
  void rebuild(Collection<Placed> open) {
    Map<String, List<Document>> byHandler = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (Placed p : open) {
      byHandler
          .computeIfAbsent(p.handlerId(), h -> new ArrayList<>())
          .add(new Entry(p.caseId(), p.submittedAt(), p.version(), now).toDocument());
    }
    mongo.remove(query(where("_id").nin(byHandler.keySet())), COLLECTION);
    byHandler.forEach(
        (handlerId, entries) ->
            mongo.upsert(
                query(where("_id").is(handlerId)), new Update().set("open", entries), COLLECTION));
  }

  private void pull(String handlerId, Document condition) {
    mongo.updateFirst(
        query(where("_id").is(handlerId)), new Update().pull("open", condition), COLLECTION);
  }

  private static List<Entry> entries(Document queue) {
    return queue.getList("open", Document.class, List.of()).stream().map(Entry::of).toList();
  }

  /** One entry per case (a change in flight may have added a second), oldest submission first. */
  private static List<Entry> distinct(List<Entry> entries) {
    Map<String, Entry> byCase = new LinkedHashMap<>();
    for (Entry e : entries) {
      byCase.merge(e.caseId(), e, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return byCase.values().stream()
        .sorted(Comparator.comparing(Entry::submittedAt).thenComparing(Entry::caseId))
        .toList();
  }
}
