package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.reports.CaseFigures.Cell;
import org.deptbot.core.reports.CaseFigures.RouteKind;
import org.deptbot.core.reports.CaseFigures.Row;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.testing.CaseFixtures;
import org.deptbot.core.testing.ReportCopies;
import org.junit.jupiter.api.Test;

/**
 * The figures of a period, without Spring or a database: counts by provision, finding and route,
 * nearest-rank percentiles, and small counts withheld. Roster: sergeant sgt supervises officers o-1
 * and o-2; lieutenant lt is above sgt; ia is internal affairs.
 */
class CaseFiguresTest {

  private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
  private static final List<StaffMember> ROSTER =
      List.of(
          new StaffMember("lt", "Lt. Lee", Set.of(Role.SUPERVISOR), null, true),
          new StaffMember("sgt", "Sgt. Sims", Set.of(Role.SUPERVISOR), "lt", true),
          new StaffMember("o-1", "Officer One", Set.of(Role.EMPLOYEE), "sgt", true),
          new StaffMember("o-2", "Officer Two", Set.of(Role.EMPLOYEE), "sgt", true),
          new StaffMember("ia", "Lt. Ito", Set.of(Role.INTERNAL_AFFAIRS), null, true));

  private int next = 1;

  private Report confidential() {
    return CaseFixtures.confidential("R-2026-%06d".formatted(next++), "o-1", "o-2", "sgt", T0);
  }

  @Test
  void mediansAndNinetiethPercentilesAreNearestRankOverTheCasesMeasured() {
    List<Report> cases = new ArrayList<>();
    // acknowledged after 1..10 hours; closed after 2, 4, ..., 20 hours for the first five only
    for (int h = 1; h <= 10; h++) {
      Report r = confidential().acknowledge("sgt", T0.plus(Duration.ofHours(h)));
      if (h <= 5) {
        r = r.resolve("sgt", Outcome.COUNSELING, "Talked it through", T0.plusSeconds(7200L * h));
      }
      cases.add(r);
    }
    cases.add(confidential()); // never acknowledged: left out of both measures

    CaseFigures f = CaseFigures.of(cases, ROSTER);

    assertThat(f.cases()).isEqualTo(11);
    assertThat(f.toAcknowledge().measured()).isEqualTo(10);
    assertThat(f.toAcknowledge().median()).isEqualTo(Duration.ofHours(5));
    assertThat(f.toAcknowledge().p90()).isEqualTo(Duration.ofHours(9));
    assertThat(f.toClose().measured()).isEqualTo(5);
    assertThat(f.toClose().median()).isEqualTo(Duration.ofHours(6));
    assertThat(f.toClose().p90()).isEqualTo(Duration.ofHours(10));
    assertThat(CaseFigures.percentile(List.of(Duration.ofMinutes(7)), 90))
        .isEqualTo(Duration.ofMinutes(7));
    assertThat(CaseFigures.percentile(List.of(), 50)).isNull();
  }

  @Test
  void casesAreCountedByProvisionFindingAndRouteWithRemindersAndEscalations() {
    List<Report> cases = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cases.add(confidential());
    }
    cases.add(ReportCopies.citing(confidential(), PolicyClause.UNDERCOVER_OFFICER));
    Report reminded = confidential().remind(T0.plusSeconds(3600));
    Report escalated =
        reminded.reroute(
            "system",
            new Route("lt", Route.Reason.ESCALATED_UNACKNOWLEDGED, List.of("sgt", "lt")),
            CaseEvent.Kind.ESCALATED,
            "",
            T0.plusSeconds(7200));
    cases.add(escalated);
    cases.add(confidential().dismiss("sgt", "Not about the department", T0.plusSeconds(60)));
    cases.add(CaseFixtures.anonymous("R-2026-000900", "o-2", "ia", T0));

    CaseFigures f = CaseFigures.of(cases, ROSTER);

    assertThat(f.byProvision())
        .containsExactlyInAnyOrderEntriesOf(Map.of("V.A.4.a", 9, "V.A.4.b", 1));
    assertThat(f.byFinding()).containsExactlyInAnyOrderEntriesOf(Map.of("OPEN", 9, "DISMISSED", 1));
    assertThat(f.byRoute())
        .as("the escalated case still came in through the reporter's supervisor")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(RouteKind.SUPERVISOR, 9, RouteKind.ANONYMOUS_DESK, 1));
    assertThat(f.reminders()).isEqualTo(1);
    assertThat(f.escalations()).isEqualTo(1);
  }

  @Test
  void aMovedCaseIsCountedByWhereItFirstWent() {
    Report toIa =
        new Report(
            "R-2026-000950",
            "intake-950",
            Confidentiality.CONFIDENTIAL,
            "sgt",
            null,
            "TELEGRAM:1",
            List.of(),
            SocialPlatform.FACEBOOK,
            PolicyClause.OTHER,
            "lt",
            null,
            "",
            new Route("ia", Route.Reason.INTERNAL_AFFAIRS_CONFLICT, List.of("ia")),
            CaseStatus.NEW,
            null,
            List.of(new CaseEvent(T0, CaseEvent.Kind.SUBMITTED, "reporter", "ia", "", false)),
            1,
            false,
            false,
            T0);
    Report assigned =
        toIa.reroute(
            "ia",
            new Route("lt", Route.Reason.ASSIGNED, List.of("ia", "lt")),
            CaseEvent.Kind.ASSIGNED,
            "Knows the unit",
            T0);
    var roster = Map.of("ia", ROSTER.get(4), "sgt", ROSTER.get(1), "o-1", ROSTER.get(2));
    assertThat(CaseFigures.routeOf(assigned, roster)).isEqualTo(RouteKind.INTERNAL_AFFAIRS);

    Report pastTheSubject =
        CaseFixtures.confidential("R-2026-000951", "o-1", "sgt", "lt", T0)
            .reroute(
                "lt",
                new Route("ia", Route.Reason.ESCALATED, List.of("lt", "ia")),
                CaseEvent.Kind.ESCALATED,
                "Needs IA",
                T0);
    assertThat(CaseFigures.routeOf(pastTheSubject, roster)).isEqualTo(RouteKind.UP_THE_CHAIN);
  }

  @Test
  void countsFromOneToFourAreFewerThanFiveAndZeroStaysZero() {
    List<Report> cases = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      cases.add(confidential().acknowledge("sgt", T0.plusSeconds(60)));
    }
    CaseFigures.Shown shown = CaseFigures.of(cases, ROSTER).shown();

    assertThat(shown.cases()).isEqualTo(new Cell(null, true, true));
    assertThat(shown.reminders()).isEqualTo(new Cell(0, false, false));
    assertThat(shown.byRoute()).containsExactly(new Row("SUPERVISOR", new Cell(null, true, true)));
    assertThat(shown.toAcknowledge().median())
        .as("the time of fewer than 5 cases could single one out")
        .isNull();
    assertThat(shown.toAcknowledge().p90()).isNull();

    CaseFigures.Shown none = CaseFigures.of(List.of(), ROSTER).shown();
    assertThat(none.cases()).isEqualTo(new Cell(0, false, false));
    assertThat(none.byProvision()).isEmpty();
  }

  @Test
  void aSingleSmallLineTakesTheNextSmallestWithItSoTheTotalCannotGiveItBack() {
    // 9 cases: 6 about V.A.4.a, 2 about V.A.4.b, 1 about V.A.8; then 7 / 2 / 0
    List<Row> two =
        CaseFigures.suppressed(
            List.of(Map.entry("V.A.4.a", 6), Map.entry("V.A.4.b", 2), Map.entry("V.A.8", 1)));
    assertThat(two)
        .as("two small lines: their sum is known, neither is")
        .containsExactly(
            new Row("V.A.4.a", new Cell(6, false, false)),
            new Row("V.A.4.b", new Cell(null, true, true)),
            new Row("V.A.8", new Cell(null, true, true)));

    List<Row> one =
        CaseFigures.suppressed(
            List.of(
                Map.entry("OPEN", 12),
                Map.entry("COUNSELING", 2),
                Map.entry("DISMISSED", 7),
                Map.entry("NO_VIOLATION", 0)));
    assertThat(one)
        .as("total 21 shown: 21 - 12 - 7 would give back the 2, so the 7 is withheld too")
        .containsExactly(
            new Row("OPEN", new Cell(12, false, false)),
            new Row("COUNSELING", new Cell(null, true, true)),
            new Row("DISMISSED", new Cell(null, false, true)),
            new Row("NO_VIOLATION", new Cell(0, false, false)));
  }

  @Test
  void aCaseCountsOncePerAllegationUnderItsFindingAndAnOldOneUnderItsOutcome() {
    Report twoAllegations =
        confidential()
            .acknowledge("sgt", T0)
            .addAllegation("sgt", PolicyClause.DISCLOSURE, "Posted a victim's name.", T0);
    Report oneDecided =
        twoAllegations.recordFinding("sgt", "A1", Findings.SUSTAINED, "Written reprimand.", T0);
    assertThat(CaseFigures.findingsOf(oneDecided)).containsExactly("SUSTAINED", "OPEN");
    Report closed =
        oneDecided.recordFinding("sgt", "A2", Findings.UNFOUNDED, "None.", T0.plusSeconds(3600));
    assertThat(CaseFigures.findingsOf(closed)).containsExactly("SUSTAINED", "UNFOUNDED");
    assertThat(CaseFigures.of(List.of(closed), List.of()).toClose().median())
        .as("closing by findings counts as closed")
        .isNotNull();

    Report old = confidential().resolve("sgt", Outcome.NO_VIOLATION, "", T0);
    assertThat(CaseFigures.findingsOf(old)).containsExactly("NO_VIOLATION");
    assertThat(CaseFigures.findingsOf(confidential())).containsExactly("OPEN");
  }
}
