package org.deptbot.bot.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReportRouting;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.staff.StaffMembers;

/**
 * Stores a submitted report: routed, and for an anonymous reporter with the contact sealed, so the
 * case shows no one who reported it. Submitting the same intake again returns the stored case.
 */
class ReportDesk {

  private final Reports reports;
  private final StaffMembers staff;
  private final ReporterSeal seal;
  private final ReportProperties properties;
  private final AuditTrail audit;
  private final Clock clock;

  ReportDesk(
      Reports reports,
      StaffMembers staff,
      ReporterSeal seal,
      ReportProperties properties,
      AuditTrail audit,
      Clock clock) {
    this.audit = audit;
    this.reports = reports;
    this.staff = staff;
    this.seal = seal;
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether the reporter may submit another report now (a per-hour limit). */
  boolean withinLimit(Actor reporter) {
    String tag = seal.tag(staffId(reporter));
    return reports.countByReporterSince(tag, clock.instant().minus(Duration.ofHours(1)))
        < properties.perHour();
  }

  Report submit(Actor reporter, ReportDraft draft, ChatTarget chat) {
    var existing = reports.byIntakeKey(draft.intakeKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    String me = staffId(reporter);
    Route route =
        new ReportRouting(staff.all(), properties.conflictsToInternalAffairs())
            .route(me, draft.subjectId());
    boolean anonymous = draft.confidentiality() == Confidentiality.ANONYMOUS;
    String contact = chat.platform().name() + ":" + chat.chatId();
    var now = clock.instant();
    Report report =
        new Report(
            reports.nextNumber(),
            draft.intakeKey(),
            draft.confidentiality(),
            anonymous ? null : me,
            seal.tag(me),
            anonymous ? seal.seal(contact) : contact,
            draft.links(),
            draft.platform(),
            draft.clause(),
            draft.subjectId(),
            draft.subjectText(),
            draft.description(),
            route,
            CaseStatus.NEW,
            null,
            List.of(
                new CaseEvent(
                    now, CaseEvent.Kind.SUBMITTED, "reporter", route.handlerId(), "", false)),
            1,
            true,
            false,
            now);
    Report stored = reports.submit(report);
    if (stored.id().equals(report.id())) {
      if (anonymous) {
        audit.recordAnonymously(reporter, "case.submitted", "case:" + stored.id());
      } else {
        audit.record(reporter, "case.submitted", "case:" + stored.id());
      }
    }
    return stored;
  }

  /** Where the bot reaches the reporter, opening an anonymous reporter's seal. */
  ChatTarget reporterChat(Report report) {
    String contact =
        ReporterSeal.isSealed(report.reporterContact())
            ? seal.open(report.reporterContact())
            : report.reporterContact();
    String[] parts = contact.split(":", 2);
    return new ChatTarget(org.deptbot.core.staff.ChatPlatform.valueOf(parts[0]), parts[1], true);
  }

  String tagOf(Actor actor) {
    return seal.tag(staffId(actor));
  }

  private static String staffId(Actor actor) {
    return actor.activeMember().orElseThrow().id();
  }
}
