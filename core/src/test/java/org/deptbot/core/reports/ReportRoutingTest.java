package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.util.List;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportRoutingTest {

  // chief <- deputy <- sergeant <- officer, and a second sergeant with an officer; IA under chief
  private static final List<StaffMember> ROSTER =
      List.of(
          member("chief", Role.SUPERVISOR),
          memberUnder("deputy", "chief", Role.SUPERVISOR, Role.APPROVER),
          memberUnder("ia", "chief", Role.INTERNAL_AFFAIRS),
          memberUnder("sgt", "deputy", Role.SUPERVISOR),
          memberUnder("officer", "sgt", Role.EMPLOYEE),
          memberUnder("sgt2", "deputy", Role.SUPERVISOR),
          memberUnder("officer2", "sgt2", Role.EMPLOYEE),
          memberUnder("orphan", null, Role.EMPLOYEE));

  @ParameterizedTest(name = "{0} reports about {1}: to {2} ({3})")
  @CsvSource(
      nullValues = "-",
      value = {
        // no staff subject, or a colleague outside the chain: the reporter's supervisor
        "officer,  -,        sgt,    REPORTER_SUPERVISOR",
        "officer,  officer2, sgt,    REPORTER_SUPERVISOR",
        "officer,  sgt2,     sgt,    REPORTER_SUPERVISOR",
        // about their own supervisor or higher: past them, one level above the subject
        "officer,  sgt,      deputy, PAST_THE_SUBJECT",
        "officer,  deputy,   chief,  PAST_THE_SUBJECT",
        // about the top of the chain: internal affairs
        "officer,  chief,    ia,     INTERNAL_AFFAIRS_CONFLICT",
        // no supervisor on the roster: internal affairs
        "orphan,   -,        ia,     INTERNAL_AFFAIRS_NO_SUPERVISOR",
      })
  void routesAlongTheChainAndPastAnyoneItConcerns(
      String reporter, String subject, String handler, Route.Reason reason) {
    Route route = new ReportRouting(ROSTER, false).route(reporter, subject);

    assertThat(route.handlerId()).isEqualTo(handler);
    assertThat(route.reason()).isEqualTo(reason);
    assertThat(route.handlerId()).isNotEqualTo(subject);
  }

  @ParameterizedTest
  @CsvSource({"sgt", "deputy", "chief"})
  void aDepartmentCanSendEveryConflictToInternalAffairs(String subject) {
    Route route = new ReportRouting(ROSTER, true).route("officer", subject);

    assertThat(route.handlerId()).isEqualTo("ia");
    assertThat(route.reason()).isEqualTo(Route.Reason.INTERNAL_AFFAIRS_CONFLICT);
  }

  @ParameterizedTest
  @CsvSource({"sgt, deputy", "deputy, chief", "chief, ia"})
  void escalationGoesOneLevelUpAndEndsWithInternalAffairs(String from, String to) {
    assertThat(new ReportRouting(ROSTER, false).escalate(from, null).handlerId()).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({"deputy, ia"})
  void escalationNeverLandsOnTheSubject(String from, String to) {
    // the case is about the chief, so escalating past the deputy skips the chief
    assertThat(new ReportRouting(ROSTER, false).escalate(from, "chief").handlerId()).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({"officer"})
  void anInactiveSupervisorIsSkipped(String reporter) {
    List<StaffMember> roster =
        ROSTER.stream().map(m -> m.id().equals("sgt") ? m.deactivated() : m).toList();

    assertThat(new ReportRouting(roster, false).route(reporter, null).handlerId())
        .isEqualTo("deputy");
  }

  @ParameterizedTest(name = "anonymous, about {0}, desk {1}: to {2} ({3})")
  @CsvSource(
      nullValues = "-",
      value = {
        // the default desk: internal affairs, whoever sent it and whoever it is about
        "-,        INTERNAL_AFFAIRS, ia,     ANONYMOUS_TO_DESK",
        "sgt,      INTERNAL_AFFAIRS, ia,     ANONYMOUS_TO_DESK",
        // up the subject's chain, never to the subject
        "officer,  SUBJECT_CHAIN,    sgt,    ANONYMOUS_ABOVE_SUBJECT",
        "sgt,      SUBJECT_CHAIN,    deputy, ANONYMOUS_ABOVE_SUBJECT",
        "chief,    SUBJECT_CHAIN,    ia,     ANONYMOUS_TO_DESK",
        "-,        SUBJECT_CHAIN,    ia,     ANONYMOUS_TO_DESK",
        // a member the department names, unless the report is about them
        "officer2, deputy,           deputy, ANONYMOUS_TO_DESK",
        "deputy,   deputy,           ia,     ANONYMOUS_TO_DESK",
      })
  void anAnonymousReportIsRoutedWithoutItsReporter(
      String subject, String desk, String handler, Route.Reason reason) {
    Route route = new ReportRouting(ROSTER, false).routeAnonymous(subject, desk);

    assertThat(route.handlerId()).isEqualTo(handler);
    assertThat(route.reason()).isEqualTo(reason);
    assertThat(route.handlerId()).isNotEqualTo(subject);
  }
}
