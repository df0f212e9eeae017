package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.ReportCopies;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class ReportDeadlinesIT {

  private final MutableClock clock = new MutableClock(ReportFixtures.T0);
  private Reports reports;
  private ReportDeadlines deadlines;
  private AuditLog audit;
  private StaffMembers staff;
  private MongoTemplate mongo;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    staff = new StaffMembers(mongo);
    List.of(
            member("chief", Role.SUPERVISOR),
            memberUnder("deputy", "chief", Role.SUPERVISOR),
            memberUnder("ia", "chief", Role.INTERNAL_AFFAIRS),
            memberUnder("sgt", "deputy", Role.SUPERVISOR),
            memberUnder("officer", "sgt", Role.EMPLOYEE))
        .forEach(staff::save);
    reports = new Reports(mongo, clock);
    reports.createIndexes();
    audit = new AuditLog(mongo, clock);
    deadlines =
        new ReportDeadlines(
            reports,
            staff,
            clock,
            Duration.ofHours(4),
            Duration.ofHours(24),
            false,
            new AuditTrail(audit));
  }

  @Test
  void anUnacknowledgedCaseRemindsItsHandlerOnceThenGoesOneLevelUp() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    reports.notified(stored, true, false);

    clock.advance(Duration.ofHours(3).plusMinutes(59));
    assertThat(deadlines.run()).isEqualTo(new ReportDeadlines.Result(0, 0));

    clock.advance(Duration.ofMinutes(1));
    assertThat(deadlines.run()).isEqualTo(new ReportDeadlines.Result(1, 0));
    assertThat(deadlines.run()).as("reminded once").isEqualTo(new ReportDeadlines.Result(0, 0));
    Report reminded = reports.byId(stored.id()).orElseThrow();
    assertThat(reminded.handlerToNotify()).as("the card goes out again").isTrue();

    clock.advance(Duration.ofHours(20));
    assertThat(deadlines.run()).isEqualTo(new ReportDeadlines.Result(0, 1));
    Report escalated = reports.byId(stored.id()).orElseThrow();
    assertThat(escalated.handlerId()).isEqualTo("deputy");
    assertThat(escalated.route().reason()).isEqualTo(Route.Reason.ESCALATED_UNACKNOWLEDGED);
    assertThat(escalated.events())
        .extracting(CaseEvent::kind)
        .containsExactly(
            CaseEvent.Kind.SUBMITTED, CaseEvent.Kind.REMINDED, CaseEvent.Kind.ESCALATED);

    // the deputy's own clock starts now
    clock.advance(Duration.ofHours(4));
    assertThat(deadlines.run()).isEqualTo(new ReportDeadlines.Result(1, 0));

    // every one of them is in the audit log, as the system's doing
    assertThat(audit.about("case:" + stored.id()))
        .extracting(AuditEntry::action, AuditEntry::actor, e -> e.details().get("handler"))
        .containsExactly(
            tuple("case.reminded", "system", "sgt"),
            tuple("case.escalated", "system", "deputy"),
            tuple("case.reminded", "system", "deputy"));
  }

  @Test
  void eachUrgentCaseIsRemindedAndEscalatedAtItsProvisionsOwnDeadlineAndAnOrdinaryOneIsNot() {
    var stored = new ProvisionDeadlines(mongo);
    stored.set(
        new CaseUrgency(
            Map.of(
                PolicyClause.UNDERCOVER_OFFICER,
                CaseUrgency.AckDeadline.within(Duration.ofHours(1)),
                PolicyClause.DISCLOSURE,
                new CaseUrgency.AckDeadline(Duration.ofHours(1), Duration.ofHours(2)))));
    var urgentDeadlines =
        new ReportDeadlines(
            reports,
            staff,
            clock,
            Duration.ofHours(4),
            Duration.ofHours(24),
            false,
            new AuditTrail(audit),
            stored);
    Report undercover = submit("R-2026-000001", PolicyClause.UNDERCOVER_OFFICER);
    Report disclosure = submit("R-2026-000002", PolicyClause.DISCLOSURE);
    Report ordinary = submit("R-2026-000003", PolicyClause.OBSCENE_OR_BIASED);

    clock.advance(Duration.ofMinutes(29));
    assertThat(urgentDeadlines.run()).isEqualTo(new ReportDeadlines.Result(0, 0));
    clock.advance(Duration.ofMinutes(1));
    assertThat(urgentDeadlines.run()).as("undercover reminded at 30m").isEqualTo(result(1, 0));

    clock.advance(Duration.ofMinutes(30));
    assertThat(urgentDeadlines.run())
        .as("at 1h: undercover goes up, disclosure is reminded")
        .isEqualTo(result(1, 1));
    assertThat(handlerOf(undercover)).isEqualTo("deputy");
    assertThat(reports.byId(disclosure.id()).orElseThrow().remindedSinceRouted()).isTrue();

    clock.advance(Duration.ofMinutes(30));
    assertThat(urgentDeadlines.run())
        .as("the deputy's own clock: reminded 30m after the case reached him")
        .isEqualTo(result(1, 0));

    clock.advance(Duration.ofMinutes(30));
    assertThat(urgentDeadlines.run()).as("at 2h both go up").isEqualTo(result(0, 2));
    assertThat(handlerOf(undercover)).isEqualTo("chief");
    assertThat(handlerOf(disclosure)).isEqualTo("deputy");
    Report waiting = reports.byId(ordinary.id()).orElseThrow();
    assertThat(waiting.handlerId()).isEqualTo("sgt");
    assertThat(waiting.remindedSinceRouted()).as("the default: 4h").isFalse();
    assertThat(audit.about("case:" + disclosure.id()))
        .extracting(AuditEntry::action, e -> e.details().get("handler"))
        .containsExactly(tuple("case.reminded", "sgt"), tuple("case.escalated", "deputy"));
  }

  private Report submit(String id, PolicyClause clause) {
    Report r = ReportFixtures.newCase(id, "intake-" + id, "sgt", clock.instant());
    Report stored = reports.submit(ReportCopies.citing(r, clause));
    reports.notified(stored, true, false);
    return stored;
  }

  private String handlerOf(Report r) {
    return reports.byId(r.id()).orElseThrow().handlerId();
  }

  private static ReportDeadlines.Result result(int reminded, int escalated) {
    return new ReportDeadlines.Result(reminded, escalated);
  }

  @Test
  void anAcknowledgedCaseIsLeftAlone() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "i", "sgt"));
    reports.replace(stored, stored.acknowledge("sgt", clock.instant()));

    clock.advance(Duration.ofDays(3));

    assertThat(deadlines.run()).isEqualTo(new ReportDeadlines.Result(0, 0));
    assertThat(audit.about("case:" + stored.id())).isEmpty();
  }

  @Test
  void aCaseNoOneCanTakeDoesNotStopTheRoundForTheOthers() {
    // the chief has no one above, and internal affairs is away: the first case cannot go up
    staff.save(staff.byId("ia").orElseThrow().deactivated());
    Report stuck = reports.submit(ReportFixtures.newCase("R-2026-000001", "i1", "chief"));
    reports.notified(stuck, true, false);
    clock.advance(Duration.ofHours(20));
    Report waiting =
        reports.submit(ReportFixtures.newCase("R-2026-000002", "i2", "sgt", clock.instant()));
    reports.notified(waiting, true, false);

    clock.advance(Duration.ofHours(5));

    assertThat(deadlines.run()).isEqualTo(new ReportDeadlines.Result(1, 0));
    assertThat(reports.byId(waiting.id()).orElseThrow().remindedSinceRouted()).isTrue();
    assertThat(reports.byId(stuck.id()).orElseThrow().handlerId()).isEqualTo("chief");
  }
}
