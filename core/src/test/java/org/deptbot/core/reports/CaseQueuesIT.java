package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The handlers' queues and the notification pointers that {@link Reports} keeps beside the cases:
 * right after every change, and healed after a crash between the writes.
 */
class CaseQueuesIT {

  private final MutableClock clock = new MutableClock(ReportFixtures.T0);
  private MongoTemplate mongo;
  private Reports reports;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    reports = new Reports(mongo, clock);
    reports.createIndexes();
  }

  @Test
  void aCaseMovesBetweenQueuesAsItIsAssignedAndLeavesThemWhenResolved() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    Route toLt = new Route("lt", Route.Reason.ASSIGNED, List.of("sgt", "lt"));
    Report assigned = stored.reroute("sgt", toLt, CaseEvent.Kind.ASSIGNED, "", clock.instant());

    assertThat(reports.replace(stored, assigned)).isTrue();

    assertThat(reports.countOpenFor("sgt")).isZero();
    assertThat(reports.openFor("lt", 0, 5)).extracting(Report::id).containsExactly(stored.id());

    Report acknowledged = assigned.acknowledge("lt", clock.instant());
    assertThat(reports.replace(assigned, acknowledged)).isTrue();
    assertThat(reports.countOpenFor("lt")).isEqualTo(1);

    reports.replace(
        acknowledged, acknowledged.resolve("lt", Outcome.NO_VIOLATION, "fine", clock.instant()));
    assertThat(reports.countOpenFor("lt")).isZero();
    assertThat(reports.openFor("lt", 0, 5)).isEmpty();
  }

  @Test
  void aChangeThatLostTheRaceLeavesNothingInTheOtherQueue() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    reports.replace(stored, stored.acknowledge("sgt", clock.instant()));

    // a second supervisor escalates from the version she read: refused, and no trace with "lt"
    Route toLt = new Route("lt", Route.Reason.ESCALATED, List.of("sgt", "lt"));
    boolean stale =
        reports.replace(
            stored, stored.reroute("sgt", toLt, CaseEvent.Kind.ESCALATED, "", clock.instant()));

    assertThat(stale).isFalse();
    assertThat(reports.countOpenFor("lt")).isZero();
    assertThat(reports.countOpenFor("sgt")).isEqualTo(1);
  }

  @Test
  void whatACrashBetweenTheWritesLeftIsRemovedByReconciling() {
    // GIVEN a crash after announcing a new case, before storing it
    new CaseQueues(mongo, clock).enter(ReportFixtures.newCase("R-2026-000009", "lost", "sgt"));
    new CasePointers(mongo, clock, CasePointers.OWED).point("R-2026-000009", 1);
    // AND a crash after storing an assignment, before the first queue let the case go
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    Route toLt = new Route("lt", Route.Reason.ASSIGNED, List.of("sgt", "lt"));
    Report assigned = stored.reroute("sgt", toLt, CaseEvent.Kind.ASSIGNED, "", clock.instant());
    new CaseQueues(mongo, clock).enter(assigned);
    mongo.findAndReplace(query(where("_id").is(stored.id())), assigned);

    // THEN the queues never miss an open case; the extra entries are not listed
    assertThat(reports.openFor("lt", 0, 5)).extracting(Report::id).containsExactly(stored.id());
    assertThat(reports.openFor("sgt", 0, 5)).isEmpty();
    assertThat(reports.reconcile()).as("a change may still be on its way").isEqualTo(1);

    // WHEN the leftovers are old enough not to be a change on its way
    clock.advance(CaseQueues.IN_FLIGHT.plus(Duration.ofSeconds(1)));
    reports.reconcile();
    reports.owingNotifications();

    // THEN the counts are exact again and the pointer to the case never stored is gone
    assertThat(reports.countOpenFor("sgt")).isZero();
    assertThat(reports.countOpenFor("lt")).isEqualTo(1);
    assertThat(reports.reconcile()).isZero();
    assertThat(mongo.exists(query(where("_id").is("R-2026-000009")), CasePointers.OWED)).isFalse();
  }

  @Test
  void aLateRemovalNeverTakesTheEntryOfALaterReturn() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    Report toLt =
        stored.reroute(
            "sgt",
            new Route("lt", Route.Reason.ASSIGNED, List.of("sgt", "lt")),
            CaseEvent.Kind.ASSIGNED,
            "",
            clock.instant());
    reports.replace(stored, toLt);
    Report back =
        toLt.reroute(
            "lt",
            new Route("sgt", Route.Reason.ASSIGNED, List.of("lt", "sgt")),
            CaseEvent.Kind.ASSIGNED,
            "",
            clock.instant());
    reports.replace(toLt, back);

    // the first assignment's removal from the sergeant's queue, arriving late
    new CaseQueues(mongo, clock).leave("sgt", stored.id(), toLt.version());

    assertThat(reports.openFor("sgt", 0, 5)).extracting(Report::id).containsExactly(stored.id());
    assertThat(reports.countOpenFor("lt")).isZero();
  }

  @Test
  void aPointerGoesOnlyWhenTheCaseOwesNothingAtItsVersionOrLater() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    assertThat(reports.owingNotifications()).extracting(Report::id).containsExactly(stored.id());

    // the handler acknowledges while the notifier sends version 1: the reporter is owed version 2
    Report acknowledged = stored.acknowledge("sgt", clock.instant());
    reports.replace(stored, acknowledged);
    reports.notified(stored, true, false);
    assertThat(reports.owingNotifications()).extracting(Report::version).containsExactly(2);

    reports.notified(acknowledged, true, true);
    assertThat(reports.owingNotifications()).isEmpty();
    assertThat(mongo.count(new Query(), CasePointers.OWED)).isZero();
  }

  @Test
  void casesWrittenAroundReportsAreFoundAfterARebuild() {
    Report open = ReportFixtures.newCase("R-2025-000001", "imported-1", "sgt");
    Report closed =
        ReportFixtures.newCase("R-2025-000002", "imported-2", "sgt")
            .dismiss("sgt", "duplicate", clock.instant());
    mongo.insert(List.of(open, closed), Report.class);
    assertThat(reports.countOpenFor("sgt")).isZero();

    reports.rebuildIndexes();

    assertThat(reports.openFor("sgt", 0, 5)).extracting(Report::id).containsExactly(open.id());
    assertThat(reports.owingNotifications())
        .extracting(Report::id)
        .containsExactlyInAnyOrder(open.id(), closed.id());
    assertThat(reports.ofReporter(open.reporterId()))
        .extracting(Report::id)
        .containsExactlyInAnyOrder(open.id(), closed.id());
    assertThat(reports.unacknowledged()).extracting(Report::id).containsExactly(open.id());

    reports.rebuildIndexes(); // again, as a second process starting at the same time would
    assertThat(reports.countOpenFor("sgt")).isEqualTo(1);
    assertThat(reports.owingNotifications()).hasSize(2);
  }

  @Test
  void casesStoredBeforeTheQueuesExistedAreQueuedInTheStartUpStepOnceAndNotReadAgainAtRestarts() {
    MongoTemplate older = TestMongo.newDatabase();
    Report stored = ReportFixtures.newCase("R-2025-000001", "before-queues", "sgt");
    older.insert(stored);
    var atStart = new Reports(older, clock);
    assertThat(atStart.countOpenFor("sgt")).isZero(); // the constructor reads and writes nothing

    atStart.createIndexes();
    assertThat(atStart.openFor("sgt", 0, 5)).extracting(Report::id).containsExactly(stored.id());

    // a restart does not read every case again: one written around Reports needs rebuildIndexes
    older.insert(ReportFixtures.newCase("R-2025-000002", "around-reports", "sgt"));
    var restarted = new Reports(older, clock);
    restarted.createIndexes();
    assertThat(restarted.openFor("sgt", 0, 5)).extracting(Report::id).containsExactly(stored.id());
    // and the intake key is unique, so two Submits racing each other store one case
    assertThatThrownBy(
            () -> older.insert(ReportFixtures.newCase("R-2025-000003", "before-queues", "sgt")))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void onlyCasesWaitingForAcknowledgementArePointedAtForTheDeadlines() {
    Report a = reports.submit(ReportFixtures.newCase("R-2026-000001", "a", "sgt"));
    Report b = reports.submit(ReportFixtures.newCase("R-2026-000002", "b", "sgt"));
    Report acknowledged = a.acknowledge("sgt", clock.instant());
    reports.replace(a, acknowledged);

    assertThat(reports.unacknowledged()).extracting(Report::id).containsExactly(b.id());
    assertThat(mongo.count(new Query(), CasePointers.UNACKNOWLEDGED)).isEqualTo(1);

    Route toLt = new Route("lt", Route.Reason.ESCALATED, List.of("sgt", "lt"));
    reports.replace(
        acknowledged,
        acknowledged.reroute("sgt", toLt, CaseEvent.Kind.ESCALATED, "", clock.instant()));

    assertThat(reports.unacknowledged()).extracting(Report::id).containsExactly(a.id(), b.id());
  }

  @Test
  void aNamedReportersCasesComeFromTheirOwnDocumentAndAnAnonymousCaseIsInNone() {
    Report first = reports.submit(ReportFixtures.newCase("R-2026-000001", "a", "sgt"));
    clock.advance(Duration.ofHours(2));
    Report second =
        reports.submit(ReportFixtures.newCase("R-2026-000002", "b", "sgt", clock.instant()));
    // a crash after the entry, before the case: not listed
    new ReporterCases(mongo)
        .add(ReportFixtures.newCase("R-2026-000003", "c", "sgt", clock.instant()));
    Report anonymous =
        reports.submit(
            ReportFixtures.anonymous("R-2026-000004", "d", "ia", "7KQX-M3P9-H2WD-0TNB-R5ZE"));

    assertThat(reports.ofReporter(first.reporterId()))
        .extracting(Report::id)
        .containsExactly(second.id(), first.id());
    assertThat(mongo.findAll(org.bson.Document.class, ReporterCases.COLLECTION))
        .hasSize(1)
        .allSatisfy(d -> assertThat(d.toJson()).doesNotContain(anonymous.id()));
    assertThat(reports.byReceipt(ReceiptKeys.hash("7kqx m3p9 h2wd otnb r5ze")))
        .map(Report::id)
        .contains(anonymous.id());
    assertThat(reports.byReceipt(ReceiptKeys.hash(ReceiptKeys.newKey()))).isEmpty();
  }
}
