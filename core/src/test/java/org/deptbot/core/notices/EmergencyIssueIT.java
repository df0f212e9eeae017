package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Emergency issues through the one notice desk, on a real (embedded) database. */
class EmergencyIssueIT {

  private static final Instant T0 = NoticeFixtures.T0;

  private final MutableClock clock = new MutableClock(T0);
  private final Actor supervisor = staff("s-055", Role.DISPATCH_SUPERVISOR);
  private final Actor dispatcher = staff("s-050", Role.DISPATCHER);
  private final Actor approver = staff("s-010", Role.APPROVER);
  private final Actor otherApprover = staff("s-011", Role.APPROVER);
  private Notices notices;
  private Templates templates;
  private AuditLog auditLog;
  private NoticeDesk desk;

  @BeforeEach
  void setUp() {
    MongoTemplate mongo = TestMongo.newDatabase();
    templates = new Templates(mongo);
    notices = new Notices(mongo, clock);
    auditLog = new AuditLog(mongo, clock);
    auditLog.createIndexes();
    desk =
        new NoticeDesk(
            new NoticeDrafts(mongo, notices, clock),
            notices,
            templates,
            new Authorization(),
            new AuditTrail(auditLog),
            clock,
            new Zones(mongo),
            Guardrails.defaults(),
            new NoticeTexts(
                new Departments(mongo),
                TimeShown.bundled(),
                new TimeShown(clock, ZoneId.of("America/Chicago"), TimeShown.bundled())),
            TimeShown.bundled(),
            new NoticeDesk.EmergencyTerms(Duration.ofMinutes(30), Duration.ofHours(6)));
  }

  @Test
  void aDispatchSupervisorPostsFreeTextAtOnceAuditedWithWhoAndWhy() {
    NoticeOutcome outcome =
        desk.emergencyIssue(supervisor, issue("e-1", "Gas leak on Elm St: stay indoors.", "Gas"));

    Notice notice = ((NoticeOutcome.Stored) outcome).notice();
    assertThat(notice.templateId()).isNull();
    assertThat(notice.status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(notice.latest().body()).isEqualTo("Gas leak on Elm St: stay indoors.");
    assertThat(notice.latest().title()).isEqualTo("Weather emergency");
    assertThat(notice.emergency().reason()).isEqualTo("Gas");
    assertThat(notice.emergency().reviewDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    assertThat(notice.emergency().cardsOwed()).isTrue();
    assertThat(notice.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
    Notice stored = notices.byId(notice.id()).orElseThrow();
    assertThat(stored.emergency()).isEqualTo(notice.emergency());
    assertThat(notices.unplanned()).extracting(Notice::id).containsExactly(notice.id());

    AuditEntry entry = audited(notice.id()).get(0);
    assertThat(entry.action()).isEqualTo("notice.emergency_issued");
    assertThat(entry.actor()).contains("s-055");
    assertThat(entry.details())
        .containsEntry("reason", "Gas")
        .containsEntry("category", "WEATHER_EMERGENCY")
        .containsEntry("review_by", T0.plus(Duration.ofMinutes(30)).toString());

    // confirmed twice: one notice, one audit entry
    assertThat(desk.emergencyIssue(supervisor, issue("e-1", "Gas leak", "Gas")))
        .isEqualTo(new NoticeOutcome.AlreadyIssued(stored));
    assertThat(audited(notice.id())).hasSize(1);
  }

  @Test
  void aDispatcherWithoutThePermissionIsRefusedAndNothingIsStored() {
    assertThatThrownBy(() -> desk.emergencyIssue(dispatcher, issue("e-2", "Text", "Why")))
        .isInstanceOf(NotPermitted.class);
    assertThat(notices.active()).isEmpty();
  }

  @Test
  void aBlankReasonOrTextIsRefusedAndNothingIsStoredNorNumbered() {
    assertThat(refusal(desk.emergencyIssue(supervisor, issue("e-3", "Gas leak", "  "))))
        .isEqualTo(NoticeTransitionRefused.Reason.REASON_REQUIRED);
    assertThat(refusal(desk.emergencyIssue(supervisor, issue("e-4", " ", "Gas"))))
        .isEqualTo(NoticeTransitionRefused.Reason.TEXT_REQUIRED);
    assertThat(notices.active()).isEmpty();
    assertThat(auditLog.entries(0, 100)).isEmpty();
    // no number was reserved for the refused drafts
    Notice next =
        ((NoticeOutcome.Stored) desk.emergencyIssue(supervisor, issue("e-3", "Gas leak", "Gas")))
            .notice();
    assertThat(next.id()).endsWith("-000001");
  }

  @Test
  void theGuardrailsRefuseAndWarnAsForATemplatesNotice() {
    assertThat(
            refusal(
                desk.emergencyIssue(
                    supervisor, issue("e-5", "Missing boy, SSN 123-45-6789, call us.", "x"))))
        .isEqualTo(NoticeTransitionRefused.Reason.REFUSED_WORDING);
    assertThat(notices.active()).isEmpty();

    String text = "Police seek the man who is guilty of the robbery on Elm St.";
    Notice preview = desk.provisional(supervisor, issue("e-6", text, "x"));
    List<GuardrailFinding> findings = desk.findings(preview);
    assertThat(Guardrails.warns(findings)).isTrue();
    assertThat(Guardrails.refuses(findings)).isFalse();
    assertThat(refusal(desk.emergencyIssue(supervisor, issue("e-6", text, "x"))))
        .isEqualTo(NoticeTransitionRefused.Reason.WARNING_NOT_ACKNOWLEDGED);
    assertThat(notices.active()).isEmpty();
    assertThat(desk.emergencyIssue(supervisor, acknowledged(issue("e-6", text, "x"))))
        .isInstanceOf(NoticeOutcome.Stored.class);
  }

  @Test
  void aTextOverTheLimitIsRefusedWithItsLengthAndOneJustUnderIsPosted() {
    String tooLong = "Stay away from the river. ".repeat(200).strip(); // 5,199 characters
    NoticeOutcome refused = desk.emergencyIssue(supervisor, issue("e-8", tooLong, "Flood"));
    assertThat(refusal(refused)).isEqualTo(NoticeTransitionRefused.Reason.TOO_LONG);
    assertThat(((NoticeOutcome.Refused) refused).refusal().arguments())
        .containsExactly("text", 5199, Emergency.MAX_TEXT);
    assertThat(notices.active()).isEmpty();
    String fits = "Stay away from the river. ".repeat(115).strip(); // 2,989: fits every platform
    assertThat(desk.emergencyIssue(supervisor, issue("e-7", fits, "Flood")))
        .isInstanceOf(NoticeOutcome.Stored.class);
  }

  @Test
  void theFirstReviewCountsAndIsAuditedALaterOneIsToldWho() {
    Notice notice =
        ((NoticeOutcome.Stored) desk.emergencyIssue(supervisor, issue("e-9", "Gas leak", "Gas")))
            .notice();
    clock.advance(Duration.ofMinutes(5));

    ReviewOutcome first = desk.review(approver, notice.id());
    ReviewOutcome second = desk.review(otherApprover, notice.id());

    assertThat(first).isInstanceOf(ReviewOutcome.Reviewed.class);
    Notice reviewed = ((ReviewOutcome.Reviewed) first).notice();
    assertThat(reviewed.emergency().reviewedBy()).isEqualTo("s-010");
    assertThat(reviewed.emergency().reviewedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(second).isInstanceOf(ReviewOutcome.AlreadyReviewed.class);
    assertThat(((ReviewOutcome.AlreadyReviewed) second).notice().emergency().reviewedBy())
        .isEqualTo("s-010");
    assertThat(actions(notice.id()))
        .containsExactly("notice.emergency_issued", "notice.emergency_reviewed");
    assertThat(notices.emergenciesUnreviewed()).isEmpty();
    assertThatThrownBy(() -> desk.review(dispatcher, notice.id())).isInstanceOf(NotPermitted.class);
  }

  @Test
  void anApproverMayUpdateAnEmergencyIssueWhichReviewsItButNotATemplatesNotice() {
    Notice notice =
        ((NoticeOutcome.Stored) desk.emergencyIssue(supervisor, issue("e-10", "Gas leak", "Gas")))
            .notice();
    Template wording = desk.templateOf(notice);
    assertThat(desk.template(wording.id())).contains(wording);

    NoticeOutcome updated =
        desk.update(
            approver,
            new NoticeDesk.Update(
                notice.id(),
                1,
                Map.of(Emergency.TEXT, "Gas leak fixed on Elm St."),
                "",
                null,
                null));

    Notice after = ((NoticeOutcome.Stored) updated).notice();
    assertThat(after.latest().body()).isEqualTo("Gas leak fixed on Elm St.");
    assertThat(after.emergency().reviewedBy()).isEqualTo("s-010");
    assertThat(actions(notice.id()))
        .containsExactly("notice.emergency_issued", "notice.updated", "notice.emergency_reviewed");

    templates.add(NoticeFixtures.approvedRoadClosure());
    Notice fromTemplate =
        ((NoticeOutcome.Stored)
                desk.issue(
                    dispatcher,
                    new NoticeDesk.Issue(
                        "d-1",
                        NoticeFixtures.approvedRoadClosure().id(),
                        Map.of("street", "Main St"),
                        List.of("tg-alerts"),
                        NoticeMode.LIVE,
                        null)))
            .notice();
    assertThatThrownBy(
            () -> desk.cancel(approver, new NoticeDesk.Cancel(fromTemplate.id(), null, null)))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void aReviewerTurnsTheWordingIntoATemplatePendingApprovalOnce() {
    Notice notice =
        ((NoticeOutcome.Stored)
                desk.emergencyIssue(supervisor, issue("e-11", "Gas leak on Elm St.", "Gas")))
            .notice();

    ReviewOutcome made = desk.makeTemplate(approver, notice.id());
    ReviewOutcome again = desk.makeTemplate(otherApprover, notice.id());

    Template template = ((ReviewOutcome.TemplateMade) made).template();
    assertThat(template.status()).isEqualTo(TemplateStatus.PENDING_APPROVAL);
    assertThat(template.body()).isEqualTo("Gas leak on Elm St.");
    assertThat(template.authorId()).isEqualTo("s-010");
    assertThat(template.category()).isEqualTo(NoticeCategory.WEATHER_EMERGENCY);
    assertThat(((ReviewOutcome.TemplateMade) again).template().id()).isEqualTo(template.id());
    assertThat(templates.pendingApproval()).extracting(Template::id).containsExactly(template.id());
    Notice after = notices.byId(notice.id()).orElseThrow();
    assertThat(after.emergency().templateId()).isEqualTo(template.id());
    assertThat(after.emergency().reviewedBy()).isEqualTo("s-010");
    assertThat(actions(notice.id()))
        .containsExactly("notice.emergency_issued", "notice.emergency_templated");
  }

  @Test
  void escalationMovesOneLevelAtATimeForOneCaller() {
    Notice notice =
        ((NoticeOutcome.Stored) desk.emergencyIssue(supervisor, issue("e-12", "Gas leak", "Gas")))
            .notice();
    assertThat(notices.emergencyEscalated(notice.id(), 0)).isTrue();
    assertThat(notices.emergencyEscalated(notice.id(), 0)).isFalse();
    assertThat(notices.byId(notice.id()).orElseThrow().emergency().escalations()).isEqualTo(1);
    desk.review(approver, notice.id());
    assertThat(notices.emergencyEscalated(notice.id(), 1)).isFalse();
  }

  private static NoticeDesk.EmergencyIssue issue(String draftId, String text, String reason) {
    return new NoticeDesk.EmergencyIssue(
        draftId,
        NoticeCategory.WEATHER_EMERGENCY,
        Severity.SEVERE,
        text,
        reason,
        List.of("tg-alerts"),
        NoticeMode.LIVE,
        List.of(),
        false);
  }

  private static NoticeDesk.EmergencyIssue acknowledged(NoticeDesk.EmergencyIssue issue) {
    return new NoticeDesk.EmergencyIssue(
        issue.draftId(),
        issue.category(),
        issue.severity(),
        issue.text(),
        issue.reason(),
        issue.targets(),
        issue.mode(),
        issue.zones(),
        true);
  }

  private static NoticeTransitionRefused.Reason refusal(NoticeOutcome outcome) {
    return outcome instanceof NoticeOutcome.Refused refused ? refused.refusal().reason() : null;
  }

  private List<AuditEntry> audited(String noticeId) {
    return auditLog.about("notice:" + noticeId);
  }

  private List<String> actions(String noticeId) {
    return audited(noticeId).stream().map(AuditEntry::action).toList();
  }

  private static Actor staff(String id, Role role) {
    return Actor.staff(new StaffMember(id, "Member " + id, Set.of(role), null, true), null);
  }
}
