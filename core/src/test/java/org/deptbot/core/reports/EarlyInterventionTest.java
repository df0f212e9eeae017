package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.reports.EarlyIntervention.Counted;
import org.deptbot.core.reports.EarlyIntervention.Due;
import org.deptbot.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;

/** The early-intervention rule without the database: which cases cross the threshold, once. */
class EarlyInterventionTest {

  private static final Instant T0 = Instant.parse("2026-01-05T15:00:00Z");

  private static Counted about(int n, String subject) {
    return Counted.of(
        CaseFixtures.confidential(
            "R-2026-%06d".formatted(n), "o-9", subject, "sgt", T0.plusSeconds(3600L * n)));
  }

  @Test
  void theThirdCaseAboutAMemberCrossesTheThresholdAndAFourthDoesNotCrossItAgain() {
    List<Counted> cases = new ArrayList<>(List.of(about(1, "o-2"), about(2, "o-2")));
    cases.add(about(3, "o-7"));
    cases.add(Counted.of(CaseFixtures.confidential("R-2026-000004", "o-9", null, "sgt", T0)));
    assertThat(EarlyIntervention.due(cases, Map.of(), 3)).isEmpty();

    cases.add(about(5, "o-2"));
    List<Due> due = EarlyIntervention.due(cases, Map.of(), 3);
    assertThat(due)
        .containsExactly(
            new Due("o-2", List.of("R-2026-000001", "R-2026-000002", "R-2026-000005")));
    assertThat(due.get(0).id()).isEqualTo("o-2|R-2026-000001,R-2026-000002,R-2026-000005");

    var listed = Map.of("o-2", Set.copyOf(due.get(0).caseIds()));
    cases.add(about(6, "o-2"));
    cases.add(about(7, "o-2"));
    assertThat(EarlyIntervention.due(cases, listed, 3))
        .as("two more, none listed before: not yet a new set")
        .isEmpty();
    cases.add(about(8, "o-2"));
    assertThat(EarlyIntervention.due(cases, listed, 3))
        .containsExactly(
            new Due("o-2", List.of("R-2026-000006", "R-2026-000007", "R-2026-000008")));
  }
}
