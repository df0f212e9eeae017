package org.deptbot.core.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deptbot.core.staff.StaffMembers;

/**
 * Keeps cases from waiting unseen: a case its handler has not acknowledged after {@code reminder}
 * is sent to them again with a reminder; after {@code escalation} it goes one level up, and the
 * clock starts again for the new handler. Both show in the case history.
 */
public class ReportDeadlines {

  private final Reports reports;
  private final StaffMembers staff;
  private final Clock clock;
  private final Duration reminder;
  private final Duration escalation;
  private final boolean conflictsToInternalAffairs;

  public ReportDeadlines(
      Reports reports,
      StaffMembers staff,
      Clock clock,
      Duration reminder,
      Duration escalation,
      boolean conflictsToInternalAffairs) {
    this.reports = reports;
    this.staff = staff;
    this.clock = clock;
    this.reminder = reminder;
    this.escalation = escalation;
    this.conflictsToInternalAffairs = conflictsToInternalAffairs;
  }

  /** One round; returns how many cases were reminded and escalated. */
  public Result run() {
    Instant now = clock.instant();
    int reminded = 0;
    int escalated = 0;
    for (Report r : reports.unacknowledged()) {
      Duration waiting = Duration.between(r.routedAt(), now);
      if (waiting.compareTo(escalation) >= 0) {
        Route up =
            new ReportRouting(staff.all(), conflictsToInternalAffairs)
                .escalate(r.handlerId(), r.subjectId());
        Route route =
            new Route(
                up.handlerId(),
                Route.Reason.ESCALATED_UNACKNOWLEDGED,
                List.of(r.handlerId(), up.handlerId()));
        if (!up.handlerId().equals(r.handlerId())
            && reports.replace(r, r.reroute("system", route, CaseEvent.Kind.ESCALATED, "", now))) {
          escalated++;
        }
      } else if (waiting.compareTo(reminder) >= 0 && !r.remindedSinceRouted()) {
        if (reports.replace(r, r.remind(now))) {
          reminded++;
        }
      }
    }
    return new Result(reminded, escalated);
  }

  /** What a round did. */
  public record Result(int reminded, int escalated) {}
}
