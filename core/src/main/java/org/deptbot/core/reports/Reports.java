package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Cases in MongoDB (collection {@code reports}). A report is stored once per intake, whatever
 * happens between storing it and telling the reporter; a change is stored only if nobody changed
 * the case since it was read.
 */
public class Reports {

  /**
   * A change and a sent notification are stored only if the case's {@code version} is still the one
   * read, so both look the case up by {@code _id} and {@code version}. The embedded server
   * (mongo-java-server) uses an index only for a query on exactly that index's fields, and only a
   * unique one: without this one every change read every case ever stored. On a real mongod it is a
   * small index beside {@code _id}'s; unique, since {@code _id} is.
   */
  static final Index BY_ID_AND_VERSION =
      new Index()
          .on("_id", Sort.Direction.ASC)
          .on("version", Sort.Direction.ASC)
          .unique()
          .named("id_version");

  private final MongoOperations mongo;
  private final Clock clock;

  public Reports(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
    var ops = mongo.indexOps(Report.class);
    ops.createIndex(new Index().on("intakeKey", Sort.Direction.ASC).unique());
    ops.createIndex(
        new Index()
            .on("route.handlerId", Sort.Direction.ASC)
            .on("status", Sort.Direction.ASC)
            .on("submittedAt", Sort.Direction.ASC));
    ops.createIndex(new Index().on("reporterTag", Sort.Direction.ASC));
    ops.createIndex(BY_ID_AND_VERSION);
  }

  /** The next case number of the year, such as {@code R-2026-000042}; never handed out twice. */
  public String nextNumber() {
    int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
    Document counter =
        mongo.findAndModify(
            query(where("_id").is("report-" + year)),
            new Update().inc("value", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            "counters");
    return "R-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
  }

  /**
   * Stores a new case, or returns the one already stored for the same intake (a second Submit, or
   * the same update handled again after a crash).
   */
  public Report submit(Report report) {
    Optional<Report> earlier = byIntakeKey(report.intakeKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return mongo.insert(report);
    } catch (DuplicateKeyException alreadyStored) {
      return byIntakeKey(report.intakeKey()).orElseThrow(() -> alreadyStored);
    }
  }

  public Optional<Report> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Report.class));
  }

  public Optional<Report> byIntakeKey(String intakeKey) {
    return Optional.ofNullable(
        mongo.findOne(query(where("intakeKey").is(intakeKey)), Report.class));
  }

  /** Stores {@code changed} unless the case changed since {@code expected} was read. */
  public boolean replace(Report expected, Report changed) {
    var unchanged = query(where("_id").is(expected.id()).and("version").is(expected.version()));
    return mongo.findAndReplace(unchanged, changed) != null;
  }

  /** A handler's open cases, oldest first, one page at a time. */
  public List<Report> openFor(String handlerId, int page, int size) {
    return mongo.find(
        openQuery(handlerId)
            .with(Sort.by("submittedAt", "_id"))
            .skip((long) page * size)
            .limit(size),
        Report.class);
  }

  public long countOpenFor(String handlerId) {
    return mongo.count(openQuery(handlerId), Report.class);
  }

  /** A reporter's cases, newest first. */
  public List<Report> ofReporter(String reporterTag) {
    return mongo.find(
        query(where("reporterTag").is(reporterTag))
            .with(Sort.by(Sort.Direction.DESC, "submittedAt"))
            .limit(20),
        Report.class);
  }

  /** How many reports this reporter submitted since {@code since}, for the per-hour limit. */
  public long countByReporterSince(String reporterTag, Instant since) {
    return mongo.count(
        query(where("reporterTag").is(reporterTag).and("submittedAt").gte(since)), Report.class);
  }

  /** Open cases nobody has acknowledged yet (new, or newly escalated). */
  public List<Report> unacknowledged() {
    return mongo.find(
        query(where("status").in(CaseStatus.NEW, CaseStatus.ESCALATED))
            .with(Sort.by("submittedAt")),
        Report.class);
  }

  /** Cases with a handler or reporter notification still owed. */
  public List<Report> owingNotifications() {
    return mongo.find(
        new Query(
                new org.springframework.data.mongodb.core.query.Criteria()
                    .orOperator(
                        where("handlerToNotify").is(true), where("reporterToNotify").is(true)))
            .limit(100),
        Report.class);
  }

  /** Marks notifications sent, unless the case changed meanwhile (then the next round sends). */
  public void notified(Report report, boolean handler, boolean reporter) {
    Update update = new Update();
    if (handler) {
      update.set("handlerToNotify", false);
    }
    if (reporter) {
      update.set("reporterToNotify", false);
    }
    mongo.updateFirst(
        query(where("_id").is(report.id()).and("version").is(report.version())),
        update,
        Report.class);
  }

  private static Query openQuery(String handlerId) {
    return query(
        where("route.handlerId")
            .is(handlerId)
            .and("status")
            .nin(CaseStatus.RESOLVED, CaseStatus.DISMISSED));
  }
}
