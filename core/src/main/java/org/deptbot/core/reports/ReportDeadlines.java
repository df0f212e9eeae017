package org.deptbot.core.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps cases from waiting unseen: a case its handler has not acknowledged after {@code reminder}
 * is sent to them again with a reminder; after {@code escalation} it goes one level up, and the
 * clock starts again for the new handler. A case citing a provision with a deadline of its own (see
 * {@link CaseUrgency}) is reminded and escalated by that deadline instead, the shortest when it
 * cites several. Both show in the case history and, once stored, in the audit log as changes by the
 * system, as every other transition of a case is.
 */
public class ReportDeadlines {

  private static final Logger log = LoggerFactory.getLogger(ReportDeadlines.class);

  private final Reports reports;
  private final StaffMembers staff;
  private final Clock clock;
  private final Duration reminder;
  private final Duration escalation;
  private final boolean conflictsToInternalAffairs;
  private final AuditTrail audit;
  private final Supplier<CaseUrgency> urgency;

  public ReportDeadlines(
      Reports reports,
      StaffMembers staff,
      Clock clock,
      Duration reminder,
      Duration escalation,
      boolean conflictsToInternalAffairs,
      AuditTrail audit) {
    this(
        reports,
        staff,
        clock,
        reminder,
        escalation,
        conflictsToInternalAffairs,
        audit,
        () -> CaseUrgency.NONE);
  }

  /**
   * As above; a case about an urgent provision gets its own shorter deadlines, as {@code urgency}
   * says at each round (the seed file's, as stored: see {@link ProvisionDeadlines}).
   */
  public ReportDeadlines(
      Reports reports,
      StaffMembers staff,
      Clock clock,
      Duration reminder,
      Duration escalation,
      boolean conflictsToInternalAffairs,
      AuditTrail audit,
      Supplier<CaseUrgency> urgency) {
    this.urgency = urgency;
    this.audit = audit;
    this.reports = reports;
    this.staff = staff;
    this.clock = clock;
    this.reminder = reminder;
    this.escalation = escalation;
    this.conflictsToInternalAffairs = conflictsToInternalAffairs;
  }

  /**
   * One round; returns how many cases were reminded and escalated. A case that cannot be handled
   * (no one left to route it to, say) is logged and skipped; it never stops the others.
   */
  public Result run() {
    Instant now = clock.instant();
    CaseUrgency urgency = this.urgency.get();
    int reminded = 0;
    int escalated = 0;
    for (Report r : reports.unacknowledged()) {
      try {
        switch (handle(r, urgency.deadline(r), now)) {
          case REMINDED -> reminded++;
          case ESCALATED -> escalated++;
          case NONE -> {}
        }
      } catch (RuntimeException failed) {
        log.error("Deadlines round skipped case {}: {}", r.id(), failed.toString());
      }
    }
    return new Result(reminded, escalated);
  }

  private Done handle(Report r, Optional<CaseUrgency.AckDeadline> own, Instant now) {
    Duration waiting = Duration.between(r.routedAt(), now);
    Duration escalation = own.map(CaseUrgency.AckDeadline::ackWithin).orElse(this.escalation);
    Duration reminder = own.map(CaseUrgency.AckDeadline::remindAfter).orElse(this.reminder);
    if (waiting.compareTo(escalation) >= 0) {
      Route up =
          new ReportRouting(staff.all(), conflictsToInternalAffairs)
              .escalate(r.handlerId(), r.subjectId());
      Route route =
          new Route(
              up.handlerId(),
              Route.Reason.ESCALATED_UNACKNOWLEDGED,
              List.of(r.handlerId(), up.handlerId()));
      Report changed = r.reroute("system", route, CaseEvent.Kind.ESCALATED, "", now);
      if (!up.handlerId().equals(r.handlerId()) && store(r, changed, "case.escalated")) {
        return Done.ESCALATED;
      }
    } else if (waiting.compareTo(reminder) >= 0 && !r.remindedSinceRouted()) {
      if (store(r, r.remind(now), "case.reminded")) {
        return Done.REMINDED;
      }
    }
    return Done.NONE;
  }

  private enum Done {
    NONE,
    REMINDED,
    ESCALATED
  }

  /** Stores the change unless the case changed meanwhile, and audits it once stored. */
  private boolean store(Report read, Report changed, String action) {
    if (!reports.replace(read, changed)) {
      return false;
    }
    audit.system(
        action,
        "case:" + changed.id(),
        "by",
        "system",
        "status",
        changed.status().name(),
        "handler",
        changed.handlerId());
    return true;
  }

  /** What a round did. */
  public record Result(int reminded, int escalated) {}
}
