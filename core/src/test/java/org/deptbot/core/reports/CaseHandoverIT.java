package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.time.Instant;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.Roster;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseHandoverIT {

  private Reports reports;
  private AuditLog auditLog;
  private Roster roster;
  private CaseHandover handover;
  private StaffMembers staffMembers;

  @BeforeEach
  void setUp() {
    var mongo = TestMongo.newDatabase();
    var clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"));
    var staff = new StaffMembers(mongo);
    staffMembers = staff;
    // chief <- sgt <- officer; ia is internal affairs
    staff.save(member("chief", Role.SUPERVISOR, Role.ADMIN));
    staff.save(memberUnder("sgt", "chief", Role.SUPERVISOR));
    staff.save(memberUnder("officer", "sgt", Role.EMPLOYEE));
    staff.save(member("ia", Role.INTERNAL_AFFAIRS));
    staff.save(member("clerk", Role.ADMIN));
    reports = new Reports(mongo, clock);
    reports.createIndexes();
    auditLog = new AuditLog(mongo, clock);
    roster = new Roster(staff);
    handover = new CaseHandover(reports, staff, false, new AuditTrail(auditLog), clock);
  }

  @Test
  void aDeactivatedSupervisorsOpenCasesGoUpTheChainButNeverToTheirSubject() {
    reports.submit(ReportFixtures.newCase("R-2026-000001", "i-1", "sgt"));
    reports.submit(
        ReportFixtures.about(ReportFixtures.newCase("R-2026-000002", "i-2", "sgt"), "chief"));
    roster.deactivate("sgt");

    assertThat(handover.handOver(byClerk(), "sgt")).isEqualTo(2);

    Report plain = reports.byId("R-2026-000001").orElseThrow();
    assertThat(plain.handlerId()).isEqualTo("chief");
    assertThat(plain.handlerToNotify()).isTrue();
    assertThat(plain.route().reason()).isEqualTo(Route.Reason.HANDLER_DEACTIVATED);
    assertThat(reports.byId("R-2026-000002").orElseThrow().handlerId()).isEqualTo("ia");
    assertThat(reports.openFor("sgt", 0, 10)).isEmpty();
    assertThat(auditLog.about("case:R-2026-000001"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor())
                  .as("the administrator who deactivated the handler, not the system")
                  .isEqualTo("clerk");
              assertThat(e.channel()).isEqualTo(AuditChannel.CONSOLE);
              assertThat(e.action()).isEqualTo("case.handed_over");
              assertThat(e.details())
                  .containsEntry("before", "sgt")
                  .containsEntry("after", "chief");
            });
  }

  @Test
  void closedCasesStayWithWhoeverClosedThem() {
    Report open = reports.submit(ReportFixtures.newCase("R-2026-000003", "i-3", "sgt"));
    reports.replace(open, open.dismiss("sgt", "not a violation", Instant.now()));
    roster.deactivate("sgt");

    assertThat(handover.handOver(byClerk(), "sgt")).isZero();
    assertThat(reports.byId("R-2026-000003").orElseThrow().handlerId()).isEqualTo("sgt");
  }

  @Test
  void aHandlerNoChatReachesHandsTheCaseOnAtOnceAndAtTheTopItStays() {
    Report sgts = reports.submit(ReportFixtures.newCase("R-2026-000004", "i-4", "sgt"));

    Report moved = handover.handlerUnreachable(sgts).orElseThrow();

    assertThat(moved.handlerId()).isEqualTo("chief");
    assertThat(moved.handlerToNotify()).isTrue();
    assertThat(moved.route().reason()).isEqualTo(Route.Reason.HANDLER_UNREACHABLE);
    assertThat(moved.route().arguments()).containsExactly("sgt", "chief");
    assertThat(moved.events().get(moved.events().size() - 1).note())
        .isEqualTo("could not be reached in chat");
    assertThat(auditLog.about("case:R-2026-000004"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("system");
              assertThat(e.action()).isEqualTo("case.escalated");
              assertThat(e.details())
                  .containsEntry("before", "sgt")
                  .containsEntry("handler", "chief")
                  .containsEntry("reason", "could not be reached in chat");
            });

    // internal affairs has no one above: the case stays there, noted and audited once
    Report ias = reports.submit(ReportFixtures.newCase("R-2026-000005", "i-5", "ia"));
    Report noted = handover.handlerUnreachable(ias).orElseThrow();
    assertThat(noted.handlerId()).isEqualTo("ia");
    assertThat(noted.unreachableSinceRouted()).isTrue();
    assertThat(handover.handlerUnreachable(noted)).isEmpty();
    assertThat(reports.byId("R-2026-000005").orElseThrow().version()).isEqualTo(noted.version());
    assertThat(auditLog.about("case:R-2026-000005"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("case.unreachable");
              assertThat(e.details()).containsEntry("handler", "ia");
            });
    // once acknowledged (seen, say, on the console) it no longer reads as unreachable
    assertThat(noted.acknowledge("ia", Instant.now()).unreachableSinceRouted()).isFalse();
  }

  private Actor byClerk() {
    return Actor.staff(staffMembers.byId("clerk").orElseThrow(), null);
  }
}
