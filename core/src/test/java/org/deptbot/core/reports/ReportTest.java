package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.reports.ReportFixtures.T0;

import org.junit.jupiter.api.Test;

class ReportTest {

  private final Report fresh = ReportFixtures.newCase("R-2026-000001", "intake-1", "sgt");

  @Test
  void onlyTheHandlerActsOnACase() {
    assertThatThrownBy(() -> fresh.acknowledge("someone-else", T0))
        .isInstanceOfSatisfying(
            CaseTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(CaseTransitionRefused.Reason.NOT_THE_HANDLER));
  }

  @Test
  void aCaseIsAcknowledgedOnceAndTheReporterIsToldButNotOfDeliberations() {
    Report acknowledged = fresh.acknowledge("sgt", T0);

    assertThat(acknowledged.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(acknowledged.version()).isEqualTo(2);
    assertThat(acknowledged.reporterToNotify()).isTrue();
    assertThatThrownBy(() -> acknowledged.acknowledge("sgt", T0))
        .isInstanceOfSatisfying(
            CaseTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(CaseTransitionRefused.Reason.WRONG_STATE));
  }

  @Test
  void aQuestionWaitsForTheReporterAndTheAnswerGoesBackToTheHandler() {
    Report asked = fresh.acknowledge("sgt", T0).askReporter("sgt", "Which account?", T0);
    Report answered = asked.reporterAdded("@riverton_hot_takes", T0);

    assertThat(asked.status()).isEqualTo(CaseStatus.INFO_REQUESTED);
    assertThat(answered.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(answered.handlerToNotify()).isTrue();
    assertThat(answered.events().get(answered.events().size() - 1).kind())
        .isEqualTo(CaseEvent.Kind.REPORTER_ANSWERED);
  }

  @Test
  void aDismissalNeedsAReasonAndEndsTheCase() {
    assertThatThrownBy(() -> fresh.dismiss("sgt", " ", T0))
        .isInstanceOfSatisfying(
            CaseTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(CaseTransitionRefused.Reason.NOTE_NEEDED));

    Report dismissed = fresh.dismiss("sgt", "Not a department employee", T0);

    assertThat(dismissed.status().open()).isFalse();
    assertThatThrownBy(() -> dismissed.resolve("sgt", Outcome.COUNSELING, "", T0))
        .isInstanceOf(CaseTransitionRefused.class);
  }

  @Test
  void escalationHandsTheCaseToTheNewHandlerWhoSeesItAsNew() {
    Route up = new Route("deputy", Route.Reason.ESCALATED, java.util.List.of("sgt", "deputy"));
    Report escalated = fresh.reroute("sgt", up, CaseEvent.Kind.ESCALATED, "needs a lieutenant", T0);

    assertThat(escalated.handlerId()).isEqualTo("deputy");
    assertThat(escalated.handledBy("sgt")).isTrue();
    assertThat(escalated.handlerToNotify()).isTrue();
    assertThat(escalated.acknowledge("deputy", T0).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
  }
}
