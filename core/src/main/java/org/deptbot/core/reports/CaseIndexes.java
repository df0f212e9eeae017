package org.deptbot.core.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The indexes {@link Reports} keeps beside the cases (queues, pointers, reporters' cases), and the
 * order of their writes around each case write: entries are added before it and taken away after
 * it, so a crash in between leaves an entry too many, never one missing.
 */
class CaseIndexes {

  private final MongoOperations mongo;
  private final Clock clock;
  private final Function<Collection<String>, Map<String, Report>> byIds;
  private final CaseQueues queues;
  private final CasePointers owed;
  private final CasePointers unacknowledged;
  private final ReporterCases reporters;

  CaseIndexes(
      MongoOperations mongo, Clock clock, Function<Collection<String>, Map<String, Report>> byIds) {
    this.mongo = mongo;
    this.clock = clock;
    this.byIds = byIds;
    this.queues = new CaseQueues(mongo, clock);
    this.owed = new CasePointers(mongo, clock, CasePointers.OWED);
    this.unacknowledged = new CasePointers(mongo, clock, CasePointers.UNACKNOWLEDGED);
    this.reporters = new ReporterCases(mongo);
  }

  CaseQueues queues() {
    return queues;
  }

  ReporterCases reporters() {
    return reporters;
  }

  void beforeInsert(Report r) {
    announce(r);
    reporters.add(r);
  }

  /** The insert failed: the same intake was stored first, under another number. */
  void insertFailed(Report r) {
    queues.withdraw(r, null);
    owed.forget(r.id());
    unacknowledged.forget(r.id());
    reporters.withdraw(r);
  }

  /** Before a change is written; returns whether the case moves to another queue or out. */
  boolean beforeReplace(Report expected, Report changed) {
    boolean moved =
        !changed.handlerId().equals(expected.handlerId())
            || changed.status().open() != expected.status().open();
    if (moved) {
      announce(changed);
    } else if (owes(changed)) {
      owed.point(changed.id(), changed.version());
    }
    return moved;
  }

  /** The change lost a race: its queue entry goes unless the case is in that queue after all. */
  void replaceFailed(Report changed, boolean moved, Supplier<Report> current) {
    if (moved && changed.status().open()) {
      queues.withdraw(changed, current.get());
    }
  }

  void afterReplace(Report expected, Report changed, boolean moved) {
    if (awaitsAcknowledgement(expected) && !awaitsAcknowledgement(changed)) {
      unacknowledged.settled(changed.id(), changed.version());
    }
    if (moved) {
      queues.leave(expected.handlerId(), expected.id(), changed.version());
      if (!changed.status().open() && !changed.handlerId().equals(expected.handlerId())) {
        queues.leave(changed.handlerId(), changed.id(), changed.version());
      }
    }
  }

  /** The case owes nothing at its version: its pointer goes, unless a later change raised it. */
  void owesNothing(Report r) {
    owed.settled(r.id(), r.version());
  }

  List<Report> owing(int limit) {
    return pointed(owed, CaseIndexes::owes, limit);
  }

  /** Oldest first. */
  List<Report> unacknowledged() {
    return pointed(unacknowledged, CaseIndexes::awaitsAcknowledgement, 0).stream()
        .sorted(Comparator.comparing(Report::submittedAt).thenComparing(Report::id))
        .toList();
  }

  /** Before a new case or a moved one is written: its handler's queue, and the pointers. */
  private void announce(Report r) {
    if (owes(r)) {
      owed.point(r.id(), r.version());
    }
    if (awaitsAcknowledgement(r)) {
      unacknowledged.point(r.id(), r.version());
    }
    if (r.status().open()) {
      queues.enter(r);
    }
  }

  private static boolean owes(Report r) {
    return r.handlerToNotify() || r.reporterToNotify();
  }

  private static boolean awaitsAcknowledgement(Report r) {
    return r.status() == CaseStatus.NEW || r.status() == CaseStatus.ESCALATED;
  }

  /**
   * The cases {@code pointers} point at that are in the state, dropping on the way the pointers
   * that are not needed any more: to a case out of the state, or left by a crash.
   */
  private List<Report> pointed(CasePointers pointers, Predicate<Report> inState, int limit) {
    List<CasePointers.Pointer> pending = pointers.pending(limit);
    Map<String, Report> cases =
        byIds.apply(pending.stream().map(CasePointers.Pointer::caseId).toList());
    Instant longAgo = clock.instant().minus(CaseQueues.IN_FLIGHT);
    List<Report> found = new ArrayList<>();
    for (var p : pending) {
      Report r = cases.get(p.caseId());
      if (r == null) {
        if (p.at().isBefore(longAgo)) {
          pointers.forget(p.caseId()); // the case was never stored
        }
      } else if (inState.test(r)) {
        found.add(r);
      } else if (p.version() <= r.version()) {
        pointers.settled(r.id(), r.version());
      } else if (p.at().isBefore(longAgo)) {
        pointers.lower(p, r.version()); // the change it announced was never stored
      }
    }
    return found;
  }

  /** Builds every index from the cases, reading all of them (only the fields it needs). */
  void rebuild() {
    List<CaseQueues.Placed> open = new ArrayList<>();
    List<CaseQueues.Placed> owing = new ArrayList<>();
    List<CaseQueues.Placed> waiting = new ArrayList<>();
    List<CaseQueues.Placed> everyCase = new ArrayList<>();
    // a page at a time: whole cases by the 100,000 outgrow the largest reply the driver takes
    Query all = new Query().cursorBatchSize(1000);
    all.fields()
        .include("route.handlerId", "status", "submittedAt", "version", "reporterId")
        .include("handlerToNotify", "reporterToNotify");
    try (var cases = mongo.stream(all, Document.class, "reports")) {
      cases.forEach(
          d -> {
            var placed =
                new CaseQueues.Placed(
                    d.get("route", Document.class).getString("handlerId"),
                    d.getString("_id"),
                    d.getDate("submittedAt").toInstant(),
                    d.getInteger("version"),
                    d.getString("reporterId"));
            everyCase.add(placed);
            CaseStatus status = CaseStatus.valueOf(d.getString("status"));
            if (status.open()) {
              open.add(placed);
            }
            if (status == CaseStatus.NEW || status == CaseStatus.ESCALATED) {
              waiting.add(placed);
            }
            if (d.getBoolean("handlerToNotify", false) || d.getBoolean("reporterToNotify", false)) {
              owing.add(placed);
            }
          });
    }
    queues.rebuild(open);
    owed.rebuild(owing);
    unacknowledged.rebuild(waiting);
    reporters.rebuild(everyCase);
  }
}
