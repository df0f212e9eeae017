package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deptbot.core.testing.ReportCopies;
import org.junit.jupiter.api.Test;

class CaseUrgencyTest {

  private final CaseUrgency urgency =
      new CaseUrgency(
          Map.of(
              PolicyClause.UNDERCOVER_OFFICER,
              new CaseUrgency.AckDeadline(Duration.ofMinutes(50), Duration.ofHours(1)),
              PolicyClause.DISCLOSURE,
              new CaseUrgency.AckDeadline(Duration.ofMinutes(10), Duration.ofHours(2))));

  @Test
  void aReportCitingSeveralProvisionsTakesTheShortestDeadlineAndTheEarliestReminder() {
    assertThat(
            urgency.deadline(
                List.of(
                    PolicyClause.OBSCENE_OR_BIASED,
                    PolicyClause.DISCLOSURE,
                    PolicyClause.UNDERCOVER_OFFICER)))
        .contains(new CaseUrgency.AckDeadline(Duration.ofMinutes(10), Duration.ofHours(1)));
    assertThat(urgency.deadline(List.of(PolicyClause.DISCLOSURE, PolicyClause.OTHER)))
        .contains(new CaseUrgency.AckDeadline(Duration.ofMinutes(10), Duration.ofHours(2)));
    assertThat(urgency.deadline(List.of(PolicyClause.OTHER, PolicyClause.OBSCENE_OR_BIASED)))
        .as("no provision of its own: the department's default applies")
        .isEmpty();
  }

  @Test
  void theDeadlineToAcknowledgeRunsFromWhenTheCaseReachedItsPresentHandler() {
    Report r = ReportFixtures.newCase("R-2026-000001", "i", "sgt");
    Report undercover = ReportCopies.citing(r, PolicyClause.UNDERCOVER_OFFICER);

    assertThat(urgency.acknowledgeBy(undercover))
        .contains(ReportFixtures.T0.plus(Duration.ofHours(1)));
    var up = new Route("deputy", Route.Reason.ESCALATED_UNACKNOWLEDGED, List.of("sgt", "deputy"));
    var later = ReportFixtures.T0.plus(Duration.ofMinutes(70));
    assertThat(
            urgency.acknowledgeBy(
                undercover.reroute("system", up, CaseEvent.Kind.ESCALATED, "", later)))
        .contains(later.plus(Duration.ofHours(1)));
    assertThat(urgency.acknowledgeBy(r)).isEmpty();
  }

  @Test
  void aReminderMustComeBeforeTheDeadline() {
    assertThatThrownBy(() -> new CaseUrgency.AckDeadline(Duration.ofHours(2), Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CaseUrgency.AckDeadline.within(Duration.ofHours(1)).remindAfter())
        .isEqualTo(Duration.ofMinutes(30));
  }
}
