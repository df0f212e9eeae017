package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.deptbot.core.IndexedStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Cases in MongoDB (collection {@code reports}). A report is stored once per intake, whatever
 * happens between storing it and telling the reporter; a change is stored only if nobody changed
 * the case since it was read.
 *
 * <p>Beside the cases it keeps small indexes of its own, because the embedded server searches a
 * collection only by reading all of it: each handler's open cases ({@link CaseQueues}, for {@link
 * #openFor} and {@link #countOpenFor}), pointers to the cases that may owe a notification or wait
 * for acknowledgement ({@link CasePointers}, for {@link #owingNotifications} and {@link
 * #unacknowledged}), and each named reporter's newest cases ({@link ReporterCases}, for {@link
 * #ofReporter}). Anonymous cases are found only by their receipt key ({@link #byReceipt}). They are
 * written before the case and corrected after it, so a crash between the writes leaves an entry too
 * many (removed by {@link #reconcile} and by the readers), never a missing one. Cases written
 * around this class (an import, a restore) need {@link #rebuildIndexes}.
 */
public class Reports implements IndexedStore {

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

  /**
   * The marker in {@code counters} saying the queues and pointers were built from the cases; v2
   * since reporters' cases are listed by staff id and anonymous cases carry no reporter tag.
   */
  private static final String INDEXES_BUILT = "case-indexes-v2";

  private final MongoOperations mongo;
  private final Clock clock;
  private final CaseIndexes indexes;

  public Reports(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
    this.indexes = new CaseIndexes(mongo, clock, this::byIds);
  }

  /**
   * The collection's indexes; the queues and pointers are built from the cases only when the marker
   * says they never were (a first start on cases stored before them), not at every start.
   */
  @Override
  public void createIndexes() {
    var ops = mongo.indexOps(Report.class);
    ops.createIndex(new Index().on("intakeKey", Sort.Direction.ASC).unique());
    ops.createIndex(
        new Index()
            .on("route.handlerId", Sort.Direction.ASC)
            .on("status", Sort.Direction.ASC)
            .on("submittedAt", Sort.Direction.ASC));
    ops.createIndex(
        new Index().on("receiptHash", Sort.Direction.ASC).unique().sparse().named("receipt"));
    ops.createIndex(BY_ID_AND_VERSION);
    ops.createIndex(new Index().on("submittedAt", Sort.Direction.ASC).named("submitted"));
    if (!mongo.exists(query(where("_id").is(INDEXES_BUILT)), "counters")) {
      forgetReporterTags();
      rebuildIndexes(); // cases stored before the queues existed: once, at the first start
    }
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
    indexes.beforeInsert(report);
    try {
      return mongo.insert(report);
    } catch (DuplicateKeyException alreadyStored) {
      indexes.insertFailed(report);
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
    boolean moved = indexes.beforeReplace(expected, changed);
    var unchanged = query(where("_id").is(expected.id()).and("version").is(expected.version()));
    if (mongo.findAndReplace(unchanged, changed) == null) {
      indexes.replaceFailed(changed, moved, () -> byId(changed.id()).orElse(null));
      return false;
    }
    indexes.afterReplace(expected, changed, moved);
    return true;
  }

  /** A handler's open cases, oldest first, one page at a time. */
  public List<Report> openFor(String handlerId, int page, int size) {
    List<String> ids =
        indexes.queues().of(handlerId).stream()
            .skip((long) page * size)
            .limit(size)
            .map(CaseQueues.Entry::caseId)
            .toList();
    Map<String, Report> cases = byIds(ids);
    return ids.stream()
        .map(cases::get)
        .filter(r -> r != null && r.status().open() && handlerId.equals(r.handlerId()))
        .toList();
  }

  /**
   * How many open cases the handler has. Read from the handler's queue: right after a crash between
   * two writes it may count one case too many until {@link #reconcile} runs.
   */
  public long countOpenFor(String handlerId) {
    return indexes.queues().of(handlerId).size();
  }

  /** The cases with these ids, by id; one query the embedded server answers from {@code _id}. */
  Map<String, Report> byIds(Collection<String> ids) {
    Map<String, Report> found = new HashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 1000) {
      var chunk = all.subList(from, Math.min(all.size(), from + 1000));
      // only _id in the query: the embedded server uses an index for exactly its fields
      mongo.find(query(where("_id").in(chunk)), Report.class).forEach(r -> found.put(r.id(), r));
    }
    return found;
  }

  /**
   * The cases submitted from {@code from} (inclusive) to {@code to} (exclusive), oldest first: for
   * the yearly figures and the early-intervention round. The embedded server reads every case to
   * answer it; a real mongod uses the index on {@code submittedAt}.
   */
  public List<Report> submittedBetween(java.time.Instant from, java.time.Instant to) {
    return mongo.find(
        query(where("submittedAt").gte(from).lt(to)).with(Sort.by("submittedAt", "_id")),
        Report.class);
  }

  /** The anonymous case whose receipt key hashes to {@code receiptHash}. */
  public Optional<Report> byReceipt(String receiptHash) {
    return Optional.ofNullable(
        mongo.findOne(query(where("receiptHash").is(receiptHash)), Report.class));
  }

  /** A named or confidential reporter's cases, newest first, at most 20. */
  public List<Report> ofReporter(String reporterId) {
    List<String> ids =
        indexes.reporters().of(reporterId).stream()
            .limit(20)
            .map(ReporterCases.Entry::caseId)
            .toList();
    Map<String, Report> cases = byIds(ids);
    return ids.stream().map(cases::get).filter(Objects::nonNull).toList();
  }

  /** Open cases nobody has acknowledged yet (new, or newly escalated), oldest first. */
  public List<Report> unacknowledged() {
    return indexes.unacknowledged();
  }

  /**
   * Cases with a handler or reporter notification still owed, at most 100, longest waiting first.
   */
  public List<Report> owingNotifications() {
    return indexes.owing(100);
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
    boolean marked =
        mongo
                .updateFirst(
                    query(where("_id").is(report.id()).and("version").is(report.version())),
                    update,
                    Report.class)
                .getMatchedCount()
            > 0;
    boolean stillOwes =
        (report.handlerToNotify() && !handler) || (report.reporterToNotify() && !reporter);
    if (marked && !stillOwes) {
      indexes.owesNothing(report);
    }
  }

  /**
   * Removes what a crash between two writes left in the queues (a case counted for a handler it is
   * no longer with); run on a schedule. Returns how many entries it removed.
   */
  public int reconcile() {
    return indexes.queues().reconcile(this::byIds);
  }

  /**
   * Builds the queues and the notification pointers from the cases themselves, reading every case:
   * at the first start, and after cases were written around this class, while nothing else changes
   * cases.
   */
  /**
   * Earlier versions stored a keyed hash of every reporter on each case, which tied a person's
   * anonymous reports to each other and to their confidential ones: it is removed once.
   */
  private void forgetReporterTags() {
    mongo.updateMulti(
        query(where("reporterTag").exists(true)), new Update().unset("reporterTag"), "reports");
    var indexes = mongo.indexOps("reports");
    if (indexes.getIndexInfo().stream().anyMatch(i -> i.getName().equals("reporterTag_1"))) {
      indexes.dropIndex("reporterTag_1");
    }
  }

  public void rebuildIndexes() {
    indexes.rebuild();
    mongo.upsert(query(where("_id").is(INDEXES_BUILT)), new Update().set("value", 1), "counters");
  }
}
