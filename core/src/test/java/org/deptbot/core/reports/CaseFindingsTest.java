package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.reports.ReportFixtures.T0;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case's allegations, findings, notes and re-opening, on the case itself (no database): the
 * lifecycle rules of issue 19.
 */
class CaseFindingsTest {

  private static final List<StaffMember> ROSTER =
      List.of(
          member("chief", Role.SUPERVISOR),
          memberUnder("deputy", "chief", Role.SUPERVISOR),
          memberUnder("ia", "chief", Role.INTERNAL_AFFAIRS),
          memberUnder("sgt", "deputy", Role.SUPERVISOR),
          memberUnder("sgt2", "deputy", Role.SUPERVISOR),
          memberUnder("officer", "sgt", Role.EMPLOYEE),
          memberUnder("subject", "sgt2", Role.EMPLOYEE));
  private static final Map<String, StaffMember> BY_ID =
      ROSTER.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));

  private final Report fresh = ReportFixtures.newCase("R-2026-000001", "intake", "sgt");

  @Test
  void acknowledgingStartsTheCaseWithOneAllegationFromTheReportedProvision() {
    Report acknowledged = fresh.acknowledge("sgt", T0);

    assertThat(acknowledged.allegations())
        .containsExactly(
            new Allegation(
                "A1",
                "DEPARTMENT_IDENTIFIERS",
                "Posted a photo in uniform with the badge number readable.",
                null,
                null,
                null,
                null));
    assertThat(fresh.allegations()).as("a new case has none yet").isEmpty();
  }

  @Test
  void acknowledgingAgainAfterAnEscalationAddsNoSecondAllegation() {
    Route up = new Route("deputy", Route.Reason.ESCALATED, List.of("sgt", "deputy"));
    Report escalated =
        fresh
            .acknowledge("sgt", T0)
            .reroute("sgt", up, CaseEvent.Kind.ESCALATED, "", T0)
            .acknowledge("deputy", T0);

    assertThat(escalated.allegations()).extracting(Allegation::id).containsExactly("A1");
  }

  @Test
  void theHandlerAddsAllegationsOnlyOnceAcknowledgedAndWithAStatement() {
    assertThatThrownBy(() -> fresh.addAllegation("sgt", PolicyClause.OTHER, "x", T0))
        .as("not acknowledged yet")
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.WRONG_STATE);
    Report acknowledged = fresh.acknowledge("sgt", T0);
    assertThatThrownBy(
            () -> acknowledged.addAllegation("sgt2", PolicyClause.OTHER, "Said more.", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOT_THE_HANDLER);
    assertThatThrownBy(() -> acknowledged.addAllegation("sgt", PolicyClause.OTHER, " ", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOTE_NEEDED);

    Report two =
        acknowledged.addAllegation(
            "sgt", PolicyClause.UNAUTHORIZED_STATEMENT, "Spoke for the department.", T0);

    assertThat(two.allegations())
        .extracting(Allegation::id, Allegation::provision, Allegation::statement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "A1",
                "DEPARTMENT_IDENTIFIERS",
                "Posted a photo in uniform with the badge number readable."),
            org.assertj.core.groups.Tuple.tuple(
                "A2", "UNAUTHORIZED_STATEMENT", "Spoke for the department."));
    CaseEvent last = two.events().get(two.events().size() - 1);
    assertThat(last.kind()).isEqualTo(CaseEvent.Kind.ALLEGATION_ADDED);
    assertThat(last.forReporter()).isFalse();
    assertThat(two.version()).isEqualTo(acknowledged.version() + 1);
  }

  @Test
  void theCaseClosesWhenEveryAllegationHasAFindingAndTheReporterHearsNoAction() {
    Report two =
        fresh
            .acknowledge("sgt", T0)
            .addAllegation("sgt", PolicyClause.UNAUTHORIZED_STATEMENT, "Spoke for us.", T0);

    Report one = two.recordFinding("sgt", "a2", Findings.UNFOUNDED, "None.", T0);
    assertThat(one.status()).as("A1 is still open").isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(one.allegation("A2").orElseThrow().finding()).isEqualTo(Findings.UNFOUNDED);

    Report closed =
        one.recordFinding("sgt", "A1", Findings.SUSTAINED, "Written reprimand; post removed.", T0);

    assertThat(closed.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(closed.undecided()).isEmpty();
    Allegation a1 = closed.allegation("A1").orElseThrow();
    assertThat(a1.action()).isEqualTo("Written reprimand; post removed.");
    assertThat(a1.decidedBy()).isEqualTo("sgt");
    assertThat(a1.decidedAt()).isEqualTo(T0);
    assertThat(closed.reporterToNotify()).isTrue();
    CaseEvent last = closed.events().get(closed.events().size() - 1);
    assertThat(last.kind()).isEqualTo(CaseEvent.Kind.CLOSED);
    assertThat(last.forReporter()).isTrue();
    assertThat(closed.events())
        .filteredOn(CaseEvent::forReporter)
        .extracting(CaseEvent::note)
        .noneMatch(note -> note.contains("reprimand"));
    assertThat(closed.events())
        .filteredOn(e -> e.kind() == CaseEvent.Kind.FINDING_RECORDED)
        .extracting(CaseEvent::note, CaseEvent::forReporter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A2 UNFOUNDED", false),
            org.assertj.core.groups.Tuple.tuple("A1 SUSTAINED", false));
  }

  @Test
  void aFindingNeedsAnOpenAllegationAnActionAndTheHandler() {
    Report acknowledged = fresh.acknowledge("sgt", T0);

    assertThatThrownBy(() -> acknowledged.recordFinding("sgt", "A9", Findings.SUSTAINED, "x", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.ALLEGATION_DECIDED);
    assertThatThrownBy(() -> acknowledged.recordFinding("sgt", "A1", Findings.SUSTAINED, "", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOTE_NEEDED);
    assertThatThrownBy(() -> acknowledged.recordFinding("ia", "A1", Findings.SUSTAINED, "x", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOT_THE_HANDLER);
    Report two = acknowledged.addAllegation("sgt", PolicyClause.OTHER, "More.", T0);
    Report one = two.recordFinding("sgt", "A1", Findings.EXONERATED, "None.", T0);
    assertThatThrownBy(() -> one.recordFinding("sgt", "A1", Findings.SUSTAINED, "x", T0))
        .as("A1 is decided")
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.ALLEGATION_DECIDED);
  }

  @Test
  void theOldFreeOutcomeGivesEveryOpenAllegationTheFindingItStandsFor() {
    Report two =
        fresh
            .acknowledge("sgt", T0)
            .addAllegation("sgt", PolicyClause.OTHER, "More.", T0)
            .recordFinding("sgt", "A2", Findings.UNFOUNDED, "None.", T0);

    Report resolved = two.resolve("sgt", Outcome.COUNSELING, "talked", T0);

    assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(resolved.allegations())
        .extracting(Allegation::id, Allegation::finding, Allegation::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", Findings.SUSTAINED, "COUNSELING"),
            org.assertj.core.groups.Tuple.tuple("A2", Findings.UNFOUNDED, "None."));
    assertThat(Report.findingOf(Outcome.NO_VIOLATION)).isEqualTo(Findings.EXONERATED);
    assertThat(Report.findingOf(Outcome.OTHER)).isEqualTo(Findings.NOT_SUSTAINED);
  }

  @Test
  void reopeningTakesAReasonKeepsTheFindingsInTheHistoryAndHandsTheCaseToWhoReopensIt() {
    Report closed =
        fresh.acknowledge("sgt", T0).recordFinding("sgt", "A1", Findings.SUSTAINED, "Memo.", T0);
    assertThatThrownBy(() -> closed.reopen("ia", " ", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOTE_NEEDED);
    assertThatThrownBy(() -> fresh.reopen("ia", "why", T0))
        .as("an open case cannot be re-opened")
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.WRONG_STATE);

    Report reopened = closed.reopen("ia", "New evidence from the subject's lawyer.", T0);

    assertThat(reopened.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(reopened.handlerId()).isEqualTo("ia");
    assertThat(reopened.handledBy("sgt")).isTrue();
    assertThat(reopened.undecided()).extracting(Allegation::id).containsExactly("A1");
    assertThat(reopened.events())
        .filteredOn(e -> e.kind() == CaseEvent.Kind.FINDING_RECORDED)
        .extracting(CaseEvent::note)
        .containsExactly("A1 SUSTAINED");
    CaseEvent last = reopened.events().get(reopened.events().size() - 1);
    assertThat(last.kind()).isEqualTo(CaseEvent.Kind.REOPENED);
    assertThat(last.note()).isEqualTo("New evidence from the subject's lawyer.");
    // and it can be decided again by its new handler
    Report again = reopened.recordFinding("ia", "A1", Findings.NOT_SUSTAINED, "None.", T0);
    assertThat(again.status()).isEqualTo(CaseStatus.RESOLVED);
  }

  @Test
  void aNoteIsKeptOnTheCaseButNeverInItsHistory() {
    Report acknowledged = fresh.acknowledge("sgt", T0);

    Report noted = acknowledged.addNote("sgt", "Called the subject's sergeant.", T0);

    assertThat(noted.notes())
        .containsExactly(new CaseNote("N1", T0, "sgt", "Called the subject's sergeant."));
    assertThat(noted.events()).isEqualTo(acknowledged.events());
    assertThat(noted.version()).isEqualTo(acknowledged.version() + 1);
    assertThat(noted.reporterToNotify()).isEqualTo(acknowledged.reporterToNotify());
    assertThatThrownBy(() -> noted.addNote("sgt", "  ", T0))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOTE_NEEDED);
  }

  @ParameterizedTest(name = "{0} may read the notes of a case sgt handles: {1}")
  @CsvSource({
    "sgt,     true", // the handler
    "ia,      true", // internal affairs
    "deputy,  false", // above the handler: sees the case, not the notes
    "chief,   false",
    "sgt2,    false", // another supervisor
    "officer, false", // the reporter
    "subject, false", // the person it is about
  })
  void needToKnowOnNotes(String reader, boolean allowed) {
    Report report = ReportFixtures.about(fresh, "subject").acknowledge("sgt", T0);
    assertThat(new CaseAccess(new Authorization()).maySeeNotes(actor(reader), report))
        .isEqualTo(allowed);
  }

  @Test
  void aHandlerWhoPassedTheCaseOnStillReadsItsNotes() {
    Route up = new Route("deputy", Route.Reason.ESCALATED, List.of("sgt", "deputy"));
    Report moved = fresh.reroute("sgt", up, CaseEvent.Kind.ESCALATED, "", T0);

    assertThat(new CaseAccess(new Authorization()).maySeeNotes(actor("sgt"), moved)).isTrue();
    assertThat(new CaseAccess(new Authorization()).maySeeNotes(actor("deputy"), moved)).isTrue();
  }

  @ParameterizedTest(name = "{0} may re-open a closed case: {1}")
  @CsvSource({"ia, true", "sgt, false", "deputy, false", "officer, false"})
  void onlyInternalAffairsReopens(String who, boolean allowed) {
    Report closed =
        fresh.acknowledge("sgt", T0).recordFinding("sgt", "A1", Findings.SUSTAINED, "Memo.", T0);
    assertThat(
            new CaseAccess(new Authorization())
                .mayReopen(actor(who), closed, new ChainOfCommand(ROSTER)))
        .isEqualTo(allowed);
  }

  @Test
  void theStandardFindingsMostSeriousFirstWithPlainWordsInEachLanguage() {
    Findings findings = Findings.defaults();

    assertThat(findings.all())
        .extracting(Findings.Finding::code)
        .containsExactly("SUSTAINED", "POLICY_FAILURE", "NOT_SUSTAINED", "EXONERATED", "UNFOUNDED");
    assertThat(findings.mostSerious(List.of("UNFOUNDED", "SUSTAINED", "EXONERATED")))
        .contains("SUSTAINED");
    assertThat(findings.mostSerious(List.of("RETIRED_CODE", "UNFOUNDED"))).contains("UNFOUNDED");
    var sustained = findings.byCode("sustained").orElseThrow();
    assertThat(sustained.label("en") + ": " + sustained.meaning("en"))
        .isEqualTo("Sustained: the policy was broken");
    assertThat(sustained.label("es")).isEqualTo("Fundada");
    assertThat(sustained.label("fr"))
        .as("English where a language has none")
        .isEqualTo("Sustained");
    assertThat(findings.tellReporterFinding()).isFalse();
  }

  private static Actor actor(String id) {
    return Actor.staff(BY_ID.get(id), new ChatIdentity(ChatPlatform.TRAINING, id));
  }
}
