package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Allegations, findings, notes and re-opening through {@link Triage} on a database: what is stored,
 * what is audited, and who is refused.
 */
class CaseFindingsIT {

  private final MutableClock clock = new MutableClock(ReportFixtures.T0);
  private MongoTemplate mongo;
  private Reports reports;
  private AuditLog auditLog;
  private Findings findings;
  private Triage triage;
  private StaffMember sgt;
  private StaffMember ia;
  private StaffMember deputy;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    reports = new Reports(mongo, clock);
    reports.createIndexes();
    auditLog = new AuditLog(mongo, clock);
    StaffMembers staff = new StaffMembers(mongo);
    deputy =
        staff.save(new StaffMember("deputy", "Lt. Ray Diaz", Set.of(Role.SUPERVISOR), null, true));
    sgt =
        staff.save(
            new StaffMember("sgt", "Sgt. Tom Reyes", Set.of(Role.SUPERVISOR), "deputy", true));
    ia =
        staff.save(
            new StaffMember("ia", "Lt. Kim Park", Set.of(Role.INTERNAL_AFFAIRS), null, true));
    staff.save(
        new StaffMember("officer", "Officer Jamie Cole", Set.of(Role.EMPLOYEE), "sgt", true));
    findings = new Findings(mongo);
    triage =
        new Triage(
            reports,
            staff,
            new CaseAccess(new Authorization()),
            false,
            new AuditTrail(auditLog),
            clock,
            findings);
  }

  @Test
  void allegationsFindingsAndNotesAreStoredAndReadBack() {
    Report r = acknowledged();
    r = triage.addAllegation(actor(sgt), r, PolicyClause.UNAUTHORIZED_STATEMENT, "Spoke for us.");
    r = triage.addNote(actor(sgt), r, "Subject was on leave that week.");
    r = triage.recordFinding(actor(sgt), r, "A2", "unfounded", "None.");

    Report stored = reports.byId(r.id()).orElseThrow();
    assertThat(stored).isEqualTo(r);
    assertThat(stored.allegations())
        .extracting(Allegation::id, Allegation::finding)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", null),
            org.assertj.core.groups.Tuple.tuple("A2", "UNFOUNDED"));
    assertThat(stored.notes())
        .extracting(CaseNote::text)
        .containsExactly("Subject was on leave that week.");
  }

  @Test
  void aCaseStoredBeforeAllegationsReadsWithNoneAndNoNotes() {
    Report r = reports.submit(ReportFixtures.newCase("R-2026-000002", "old", "sgt"));
    mongo.updateFirst(
        query(where("_id").is(r.id())),
        new Update().unset("allegations").unset("notes"),
        "reports");

    Report old = reports.byId(r.id()).orElseThrow();

    assertThat(old.allegations()).isEmpty();
    assertThat(old.notes()).isEmpty();
    assertThat(triage.acknowledge(actor(sgt), old).allegations())
        .as("acknowledged now, it gets its first allegation")
        .hasSize(1);
  }

  @Test
  void theFindingIsAuditedWithoutTheActionAndTheLastClosesTheCase() {
    Report r = acknowledged();

    Report closed = triage.recordFinding(actor(sgt), r, "a1", "SUSTAINED", "Two days' suspension.");

    assertThat(closed.status()).isEqualTo(CaseStatus.RESOLVED);
    List<AuditEntry> entries = auditLog.about("case:" + r.id());
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsSubsequence("case.finding_recorded", "case.closed");
    AuditEntry finding =
        entries.stream()
            .filter(e -> e.action().equals("case.finding_recorded"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.details())
        .containsEntry("allegation", "A1")
        .containsEntry("finding", "SUSTAINED");
    assertThat(entries)
        .allSatisfy(e -> assertThat(e.details().values()).noneMatch(v -> v.contains("suspension")));
  }

  @Test
  void aFindingTheDepartmentDoesNotHaveIsRefusedAndARenamedOneIsUsed() {
    findings.set(
        new Findings.Settings(
            List.of(
                new Findings.Finding(
                    "SUSTAINED", Map.of("en", "Founded"), Map.of("en", "it broke the policy")),
                new Findings.Finding("UNFOUNDED", Map.of("en", "Unfounded"), Map.of())),
            true));
    Report r = acknowledged();

    assertThatThrownBy(() -> triage.recordFinding(actor(sgt), r, "A1", "EXONERATED", "x"))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.UNKNOWN_FINDING);
    assertThat(reports.byId(r.id()).orElseThrow().version()).isEqualTo(r.version());
    assertThat(findings.byCode("SUSTAINED").orElseThrow().label("en")).isEqualTo("Founded");
    assertThat(findings.tellReporterFinding()).isTrue();
  }

  @Test
  void aNoteIsAuditedWithoutItsTextAndOnlyHandlersAndInternalAffairsMayAddOne() {
    Report r = acknowledged();

    assertThatThrownBy(() -> triage.addNote(actor(deputy), r, "I am above the handler."))
        .isInstanceOf(NotPermitted.class);
    Report noted = triage.addNote(actor(sgt), r, "Spoke to the subject's partner.");
    Report again = triage.addNote(actor(ia), noted, "IA has a related file.");

    assertThat(again.notes()).extracting(CaseNote::by).containsExactly("sgt", "ia");
    List<AuditEntry> notes =
        auditLog.about("case:" + r.id()).stream()
            .filter(e -> e.action().equals("case.note_added"))
            .toList();
    assertThat(notes).extracting(AuditEntry::actor).containsExactly("sgt", "ia");
    assertThat(notes).extracting(e -> e.details().get("note")).containsExactly("N1", "N2");
    assertThat(notes)
        .allSatisfy(
            e ->
                assertThat(e.details().values())
                    .noneMatch(v -> v.contains("partner") || v.contains("related")));
  }

  @Test
  void reopeningNeedsThePermissionAndAReasonAndIsAudited() {
    Report closed = triage.recordFinding(actor(sgt), acknowledged(), "A1", "SUSTAINED", "Memo.");

    assertThatThrownBy(() -> triage.reopen(actor(sgt), closed, "I changed my mind."))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> triage.reopen(actor(ia), closed, " "))
        .hasFieldOrPropertyWithValue("reason", CaseTransitionRefused.Reason.NOTE_NEEDED);

    Report reopened = triage.reopen(actor(ia), closed, "The subject appealed with new evidence.");

    assertThat(reopened.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(reopened.handlerId()).isEqualTo("ia");
    assertThat(reports.openFor("ia", 0, 10)).extracting(Report::id).containsExactly(closed.id());
    AuditEntry entry =
        auditLog.about("case:" + closed.id()).stream()
            .filter(e -> e.action().equals("case.reopened"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.actor()).isEqualTo("ia");
    assertThat(entry.details()).containsEntry("reason", "The subject appealed with new evidence.");
  }

  private Report acknowledged() {
    Report r =
        reports.submit(
            ReportFixtures.newCase(reports.nextNumber(), "intake-" + clock.instant(), "sgt"));
    clock.advance(java.time.Duration.ofSeconds(1));
    return triage.acknowledge(actor(sgt), r);
  }

  private static Actor actor(StaffMember m) {
    return Actor.staff(m, null);
  }
}
