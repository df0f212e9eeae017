package org.deptbot.bot.reports;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReportRouting;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SubmissionLimits;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMembers;

/**
 * Stores a submitted report: routed, and for an anonymous reporter with the contact sealed and
 * nothing else derived from them, so the case cannot be tied to its sender. Submitting the same
 * intake again returns the stored case.
 */
class ReportDesk {

  private final Reports reports;
  private final StaffMembers staff;
  private final ReporterSeal seal;
  private final SubmissionLimits limits;
  private final ReportProperties properties;
  private final AuditTrail audit;
  private final Clock clock;

  ReportDesk(
      Reports reports,
      StaffMembers staff,
      ReporterSeal seal,
      SubmissionLimits limits,
      ReportProperties properties,
      AuditTrail audit,
      Clock clock) {
    this.clock = clock;
    this.audit = audit;
    this.reports = reports;
    this.staff = staff;
    this.seal = seal;
    this.limits = limits;
    this.properties = properties;
  }

  /** Whether the reporter may submit another report in this hour. */
  boolean withinLimit(Actor reporter) {
    return limits.within(limitOf(reporter), properties.perHour());
  }

  Report submit(Actor reporter, ReportDraft draft, ChatTarget chat) {
    var existing = reports.byIntakeKey(draft.intakeKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    String me = reporter.staffId();
    boolean anonymous = draft.confidentiality() == Confidentiality.ANONYMOUS;
    ReportRouting routing = new ReportRouting(staff.all(), properties.conflictsToInternalAffairs());
    Route route =
        anonymous
            ? routing.routeAnonymous(draft.subjectId(), properties.anonymousTo())
            : routing.route(me, draft.subjectId());
    String contact = chat.platform().name() + ":" + chat.chatId();
    var now = clock.instant();
    Report report =
        new Report(
            reports.nextNumber(),
            draft.intakeKey(),
            draft.confidentiality(),
            anonymous ? null : me,
            anonymous ? ReceiptKeys.hash(draft.receiptKey()) : null,
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
      limits.count(limitOf(reporter), anonymous);
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
    return new ChatTarget(ChatPlatform.valueOf(parts[0]), parts[1], true);
  }

  /**
   * The reporter's own case: by its number from the chat it was sent from (a named reporter from
   * any of their chats), or by an anonymous report's receipt key from anywhere.
   */
  Optional<Report> mine(Actor actor, ChatTarget chat, String numberOrKey) {
    Optional<String> receipt = ReceiptKeys.hashOf(numberOrKey);
    if (receipt.isPresent()) {
      return reports.byReceipt(receipt.get());
    }
    return reports
        .byId(numberOrKey.strip().toUpperCase(java.util.Locale.ROOT))
        .filter(r -> isReporter(actor, chat, r));
  }

  /** A named reporter's cases (anonymous ones are found by their receipt keys alone). */
  List<Report> named(Actor actor) {
    return reports.ofReporter(actor.staffId());
  }

  private boolean isReporter(Actor actor, ChatTarget chat, Report r) {
    if (r.reporterId() != null) {
      return actor.activeMember().filter(m -> m.id().equals(r.reporterId())).isPresent();
    }
    try {
      return reporterChat(r).equals(new ChatTarget(chat.platform(), chat.chatId(), true));
    } catch (ReporterSeal.SealUnreadable unreadable) {
      return false;
    }
  }

  private static String limitOf(Actor reporter) {
    return "report|" + reporter.staffId();
  }
}
