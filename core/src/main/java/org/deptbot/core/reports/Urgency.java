package org.deptbot.core.reports;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which provisions make a case urgent (exposing an officer working undercover, say), and the
 * shorter acknowledgement deadlines such a case gets. Set in the seed file ({@code
 * urgent_reports}); without it no case is urgent.
 *
 * @param provisions the urgent provisions
 * @param reminder an urgent case its handler has not acknowledged reminds them after this
 * @param escalation and goes one level up after this
 */
public record Urgency(Set<PolicyClause> provisions, Duration reminder, Duration escalation) {

  /** Nothing is urgent. */
  public static final Urgency NONE =
      new Urgency(Set.of(), Duration.ofMinutes(30), Duration.ofHours(2));

  public Urgency {
    provisions = provisions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(provisions));
    if (reminder.compareTo(escalation) >= 0) {
      throw new IllegalArgumentException("an urgent case is reminded before it is escalated");
    }
  }

  public boolean urgent(PolicyClause provision) {
    return provisions.contains(provision);
  }

  public boolean urgent(Report r) {
    return urgent(r.clause());
  }
}
