package org.deptbot.core.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How soon a case must be acknowledged, by the provisions it cites: a provision with a deadline of
 * its own (exposing an officer working undercover, say) makes its cases urgent; the others keep the
 * department's default ({@code DEPTBOT_REPORTS_ACK_REMINDER}, {@code
 * DEPTBOT_REPORTS_ACK_ESCALATION}). Set in the seed file's {@code provisions} section; without it
 * no case is urgent.
 *
 * @param deadlines each urgent provision's deadline
 */
public record CaseUrgency(Map<PolicyClause, AckDeadline> deadlines) {

  /** Nothing is urgent. */
  public static final CaseUrgency NONE = new CaseUrgency(Map.of());

  public CaseUrgency {
    deadlines = deadlines.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(deadlines));
  }

  /**
   * How soon a case citing a provision must be acknowledged.
   *
   * @param remindAfter its handler is reminded after this, once
   * @param ackWithin and it goes one level up after this
   */
  public record AckDeadline(Duration remindAfter, Duration ackWithin) {

    public AckDeadline {
      Objects.requireNonNull(remindAfter, "remindAfter");
      Objects.requireNonNull(ackWithin, "ackWithin");
      if (remindAfter.isNegative()
          || remindAfter.isZero()
          || remindAfter.compareTo(ackWithin) >= 0) {
        throw new IllegalArgumentException("an urgent case is reminded before it is escalated");
      }
    }

    /** Reminded halfway to the deadline. */
    public static AckDeadline within(Duration ackWithin) {
      return new AckDeadline(ackWithin.dividedBy(2), ackWithin);
    }
  }

  /** The provisions with a deadline of their own. */
  public Set<PolicyClause> provisions() {
    return deadlines.keySet();
  }

  /**
   * The deadline of a case citing {@code cited}: the shortest among the cited provisions that have
   * one (and the earliest reminder among them); empty when none has.
   */
  public Optional<AckDeadline> deadline(Collection<PolicyClause> cited) {
    var own = cited.stream().map(deadlines::get).filter(Objects::nonNull).toList();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Duration within = own.stream().map(AckDeadline::ackWithin).min(Comparator.naturalOrder()).get();
    Duration remind =
        own.stream().map(AckDeadline::remindAfter).min(Comparator.naturalOrder()).get();
    return Optional.of(
        remind.compareTo(within) < 0
            ? new AckDeadline(remind, within)
            : AckDeadline.within(within));
  }

  public Optional<AckDeadline> deadline(Report r) {
    return deadline(r.provisions());
  }

  public boolean urgent(Report r) {
    return deadline(r).isPresent();
  }

  /**
   * When an urgent case's present handler must have acknowledged it (the clock starts again when it
   * is routed to someone else); empty for a case that is not urgent.
   */
  public Optional<Instant> acknowledgeBy(Report r) {
    return deadline(r).map(d -> r.routedAt().plus(d.ackWithin()));
  }
}
