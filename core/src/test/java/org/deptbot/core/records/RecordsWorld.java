package org.deptbot.core.records;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryAction;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Everything the records tests need on a fresh database, with a clock they move by hand, and
 * builders for closed records of every kind.
 */
final class RecordsWorld {

  static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

  final MongoTemplate mongo = TestMongo.newDatabase();
  final MutableClock clock = new MutableClock(T0);
  final Authorization authorization = new Authorization();
  final AuditLog auditLog = new AuditLog(mongo, clock);
  final AuditTrail audit = new AuditTrail(auditLog);
  final StaffMembers staff = new StaffMembers(mongo);
  final Notices notices = new Notices(mongo, clock);
  final NoticePhotos noticePhotos = new NoticePhotos(mongo);
  final Deliveries deliveries = new Deliveries(mongo);
  final Reports reports = new Reports(mongo, clock);
  final ReporterSeal seal = ReporterSeal.ephemeral();
  final EvidenceStore evidence =
      new EvidenceStore(mongo, clock, seal, new FileCleaner(), 10L << 20, 25L << 20, 10);
  final TipPhotos tipPhotos = new TipPhotos(mongo, seal, new FileCleaner(), clock);
  final Tips tips = new Tips(mongo, clock);

  {
    deliveries.createIndexes();
    reports.createIndexes();
    tips.createIndexes();
  }

  final Templates templates = new Templates(mongo);
  final LegalHolds holds = new LegalHolds(mongo, authorization, audit, clock);
  final RetentionPurge purge =
      new RetentionPurge(
          mongo, evidence, holds, RetentionProperties.defaults(), auditLog, audit, clock);
  final RecordsExport export =
      new RecordsExport(
          mongo,
          authorization,
          new RecordsExport.ReadAccess(
              new org.deptbot.core.reports.CaseAccess(authorization),
              new org.deptbot.core.tips.TipAccess(Role.DISPATCHER)),
          new RecordsExport.ExportSources(auditLog, deliveries, evidence, noticePhotos, staff),
          holds,
          audit,
          clock);

  final StaffMember admin = member("s-admin", "Chief Clerk Dana Ortiz", Role.ADMIN);
  final StaffMember internalAffairs = member("s-ia", "Lt. Kim Park", Role.INTERNAL_AFFAIRS);
  final StaffMember dispatcher = member("s-dispatch", "Kelly Brennan", Role.DISPATCHER);
  final StaffMember approver = member("s-approver", "Capt. Lee Grant", Role.APPROVER);
  final StaffMember supervisor = member("s-sgt", "Sgt. Tom Reyes", Role.SUPERVISOR);

  private StaffMember member(String id, String name, Role role) {
    return staff.save(new StaffMember(id, name, java.util.Set.of(role), null, true));
  }

  StaffMember employee(String id, String name) {
    return staff.save(new StaffMember(id, name, java.util.Set.of(Role.EMPLOYEE), "s-sgt", true));
  }

  static Actor console(StaffMember member) {
    return Actor.staff(member, null);
  }

  /** Moves past the default retention of every kind (5 years for cases). */
  void passRetention() {
    clock.advance(Duration.ofDays(6 * 366));
  }

  Template template(String key, NoticeCategory category, TemplateVariable... variables) {
    StringBuilder body = new StringBuilder();
    for (TemplateVariable v : variables) {
      body.append("{{").append(v.name()).append("}} ");
    }
    Template approved =
        Template.draft(
                key,
                category,
                "Notice",
                body.toString(),
                List.of(variables),
                Severity.MODERATE,
                Urgency.EXPECTED,
                Duration.ofHours(12),
                List.of(),
                dispatcher.id(),
                clock.instant())
            .submit(dispatcher.id(), clock.instant())
            .approve(approver.id(), null, clock.instant());
    return templates.add(approved);
  }

  Template roadClosures() {
    return templates
        .byId("road_closure:v1")
        .orElseGet(
            () ->
                template(
                    "road_closure",
                    NoticeCategory.ROAD_CLOSURE,
                    TemplateVariable.required("street", "Street", VariableType.LOCATION),
                    TemplateVariable.optional("photo", "Photo", VariableType.PHOTO)));
  }

  /** A road closure, cancelled now, with one channel delivery and one subscriber delivery. */
  Notice cancelledNotice(String id, Map<String, String> values) {
    Notice issued =
        Notice.issue(
            id,
            roadClosures(),
            values,
            List.of("tg-alerts"),
            NoticeMode.LIVE,
            dispatcher.id(),
            clock.instant());
    notices.add(issued);
    Notice cancelled = issued.cancel("reopened", dispatcher.id(), clock.instant());
    notices.replace(issued, cancelled);
    deliveries.queue(
        List.of(
            Delivery.queued(
                id,
                1,
                DeliveryAction.POST,
                RecipientKind.CHANNEL,
                "tg-alerts",
                org.deptbot.core.staff.ChatPlatform.TELEGRAM,
                "-1001",
                1,
                clock.instant()),
            Delivery.queued(
                id,
                1,
                DeliveryAction.POST,
                RecipientKind.SUBSCRIBER,
                "sub-telegram:555000111",
                org.deptbot.core.staff.ChatPlatform.TELEGRAM,
                "555000111",
                2,
                clock.instant())));
    return cancelled;
  }

  /** A resolved confidential case filed by {@code reporter} about {@code subject}. */
  Report resolvedCase(String id, String reporterId, String subjectId) {
    Route route = new Route(supervisor.id(), Route.Reason.REPORTER_SUPERVISOR, List.of("s-sgt"));
    Report report =
        new Report(
            id,
            "intake-" + id,
            reporterId == null ? Confidentiality.ANONYMOUS : Confidentiality.CONFIDENTIAL,
            reporterId,
            reporterId == null ? ReceiptKeys.hash(ReceiptKeys.newKey()) : null,
            reporterId == null ? "sealed:QUJDREVG" : "TELEGRAM:chat-of-" + reporterId,
            List.of("https://social.example/p/" + id),
            SocialPlatform.FACEBOOK,
            PolicyClause.DEPARTMENT_IDENTIFIERS,
            subjectId,
            null,
            "Posted a photo in uniform.",
            route,
            CaseStatus.NEW,
            null,
            List.of(
                new CaseEvent(
                    clock.instant(), CaseEvent.Kind.SUBMITTED, "reporter", "s-sgt", "", false)),
            1,
            false,
            false,
            clock.instant());
    Report stored = reports.submit(report);
    Report resolved =
        stored
            .acknowledge(supervisor.id(), clock.instant())
            .resolve(
                supervisor.id(),
                org.deptbot.core.reports.Outcome.COUNSELING,
                "talked it through",
                clock.instant());
    reports.replace(stored, resolved);
    return resolved;
  }

  /**
   * A confidential case by {@code s-031} closed with these findings, one allegation each (the first
   * from the reported provision).
   */
  Report caseWithFindings(String id, String... findings) {
    resolvedCase(id, "s-031", "s-032");
    Report stored = reports.byId(id).orElseThrow();
    Report reopened = stored.reopen(supervisor.id(), "test set-up", clock.instant());
    for (int i = 1; i < findings.length; i++) {
      reopened =
          reopened.addAllegation(supervisor.id(), PolicyClause.OTHER, "more " + i, clock.instant());
    }
    for (int i = 0; i < findings.length; i++) {
      reopened =
          reopened.recordFinding(
              supervisor.id(), "A" + (i + 1), findings[i], "action " + i, clock.instant());
    }
    reports.replace(stored, reopened);
    return reopened;
  }

  /** A closed tip answering {@code noticeId}. */
  Tip closedTip(String id, String noticeId, String contact, String photoId) {
    Tip tip =
        Tip.submitted(
            id,
            "intake-" + id,
            noticeId,
            "Saw the van on Elm St.",
            photoId,
            ReceiptKeys.hash(ReceiptKeys.newKey()),
            "sealed:VElQU1RFUg==",
            contact,
            clock.instant());
    Tip stored = tips.submit(tip);
    Tip closed = stored.close(dispatcher.id(), "passed on", clock.instant());
    tips.replace(stored, closed);
    return closed;
  }

  List<AuditEntry> auditAbout(String subject) {
    return auditLog.about(subject);
  }
}
