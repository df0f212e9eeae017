package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Each named reporter's newest cases, one document per staff member (collection {@code
 * reporter_cases}), for {@code /mycases}: on the embedded server a search of the cases by reporter
 * reads every case. Anonymous reports are never entered here: nothing ties them to a person. Like
 * the queues, an entry is written before its case, so a crash between leaves an entry for a case
 * that does not exist, which the readers skip; never a case without an entry.
 */
class ReporterCases {

  static final String COLLECTION = "reporter_cases";

  /**
   * How many of a reporter's cases are kept: more than {@code /mycases} shows or an hour allows.
   */
  static final int KEPT = 100;

  private final MongoOperations mongo;

  ReporterCases(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** One of a reporter's cases. */
  record Entry(String caseId, Instant submittedAt) {}

  /** Before the case is inserted. */
  void add(Report r) {
    if (r.reporterId() == null) {
      return;
    }
    var entry = new Document("c", r.id()).append("at", Date.from(r.submittedAt()));
    mongo.upsert(
        query(where("_id").is(r.reporterId())),
        new Update().push("cases").slice(-KEPT).each(entry),
        COLLECTION);
  }

  /** After the insert failed: the case was never stored. */
  void withdraw(Report r) {
    if (r.reporterId() == null) {
      return;
    }
    mongo.updateFirst(
        query(where("_id").is(r.reporterId())),
        new Update().pull("cases", new Document("c", r.id())),
        COLLECTION);
  }

  /** The reporter's newest cases first, at most {@value #KEPT}. */
  List<Entry> of(String reporterId) {
    Document d = mongo.findById(reporterId, Document.class, COLLECTION);
    if (d == null) {
      return List.of();
    }
    return d.getList("cases", Document.class, List.of()).stream()
        .map(e -> new Entry(e.getString("c"), e.getDate("at").toInstant()))
        .sorted(Comparator.comparing(Entry::submittedAt).reversed())
        .toList();
  }

  /** Sets every reporter's entries from {@code cases}, all of them. */
  void rebuild(Collection<CaseQueues.Placed> cases) {
    Map<String, List<CaseQueues.Placed>> byReporter = new LinkedHashMap<>();
    for (var c : cases) {
      if (c.reporterId() != null) {
        byReporter.computeIfAbsent(c.reporterId(), t -> new ArrayList<>()).add(c);
      }
    }
    mongo.remove(new Query(), COLLECTION);
    if (byReporter.isEmpty()) {
      return;
    }
    // upserts in one unordered bulk write: two processes rebuilding at once write the same twice
    var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
    byReporter.forEach(
        (tag, all) -> {
          all.sort(Comparator.comparing(CaseQueues.Placed::submittedAt));
          List<Document> newest =
              all.subList(Math.max(0, all.size() - KEPT), all.size()).stream()
                  .map(c -> new Document("c", c.caseId()).append("at", Date.from(c.submittedAt())))
                  .toList();
          bulk.upsert(query(where("_id").is(tag)), new Update().set("cases", newest));
        });
    bulk.execute();
  }
}
