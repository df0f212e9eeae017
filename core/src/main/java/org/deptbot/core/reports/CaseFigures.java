package org.deptbot.core.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;

/**
 * The figures of the cases submitted in a period (issue 19): how many by provision, by finding and
 * by the route they came in by, the median and 90th percentile of the time to acknowledge and to
 * close, and how many reminders and escalations those cases had. Pure computation over the cases
 * given; {@link #shown()} is what may be published, with small counts withheld.
 *
 * <p>Percentiles are nearest-rank: the p-th percentile is the smallest time such that at least p %
 * of the cases measured took no longer (the median is the 50th, the lower middle for an even
 * count). A case never acknowledged or not closed yet is left out of that measure.
 *
 * @param cases how many cases were submitted in the period
 * @param byProvision cases by the provision cited ({@link PolicyClause#provision()}), in the
 *     policy's order
 * @param byFinding allegations by finding (see {@link #findingsOf}; a case from before allegations
 *     counts once), sorted by name
 * @param byRoute cases by the route they came in by (see {@link #routeOf})
 * @param toAcknowledge time from submission to the first acknowledgement
 * @param toClose time from submission to resolution or dismissal
 * @param reminders reminders sent to a handler about these cases
 * @param escalations escalations of these cases, by a handler or by the acknowledgement deadline
 */
public record CaseFigures(
    int cases,
    Map<String, Integer> byProvision,
    Map<String, Integer> byFinding,
    Map<RouteKind, Integer> byRoute,
    Times toAcknowledge,
    Times toClose,
    int reminders,
    int escalations) {

  /** Below this, a count is shown as "fewer than 5" (and 0 stays 0). */
  public static final int SMALLEST_SHOWN = 5;

  /** The way a case came in. */
  public enum RouteKind {
    /** To the reporter's own supervisor. */
    SUPERVISOR,
    /** Past the person it is about, to the next level up. */
    UP_THE_CHAIN,
    /** Straight to internal affairs (a conflict at the top, or no supervisor). */
    INTERNAL_AFFAIRS,
    /** An anonymous report, to the desk the department named for them or above the subject. */
    ANONYMOUS_DESK
  }

  /**
   * A measure of time over the cases it applies to.
   *
   * @param measured how many cases it is taken over
   * @param median and {@code p90}: null when nothing was measured
   */
  public record Times(int measured, Duration median, Duration p90) {}

  /** Each breakdown keeps its order (the policy's, by name, the routes'). */
  public CaseFigures {
    byProvision = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byProvision));
    byFinding = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFinding));
    byRoute = java.util.Collections.unmodifiableMap(new EnumMap<>(byRoute));
  }

  /**
   * The figures of {@code cases} (those submitted in the period); {@code roster} tells where a case
   * that has moved since first went (see {@link #routeOf}).
   */
  public static CaseFigures of(Collection<Report> cases, Collection<StaffMember> roster) {
    Map<String, StaffMember> byId = new LinkedHashMap<>();
    roster.forEach(m -> byId.put(m.id(), m));
    Map<String, Integer> provisions = new LinkedHashMap<>();
    Map<String, Integer> findings = new TreeMap<>();
    Map<RouteKind, Integer> routes = new EnumMap<>(RouteKind.class);
    List<Duration> acknowledged = new ArrayList<>();
    List<Duration> closed = new ArrayList<>();
    int reminders = 0;
    int escalations = 0;
    for (Report r : cases) {
      for (PolicyClause clause : r.provisions()) {
        provisions.merge(clause.provision(), 1, Integer::sum);
      }
      findingsOf(r).forEach(code -> findings.merge(code, 1, Integer::sum));
      routes.merge(routeOf(r, byId), 1, Integer::sum);
      firstAt(r, Set.of(CaseEvent.Kind.ACKNOWLEDGED))
          .ifPresent(at -> acknowledged.add(Duration.between(r.submittedAt(), at)));
      firstAt(r, Set.of(CaseEvent.Kind.RESOLVED, CaseEvent.Kind.CLOSED, CaseEvent.Kind.DISMISSED))
          .ifPresent(at -> closed.add(Duration.between(r.submittedAt(), at)));
      for (CaseEvent e : r.events()) {
        if (e.kind() == CaseEvent.Kind.REMINDED) {
          reminders++;
        } else if (e.kind() == CaseEvent.Kind.ESCALATED) {
          escalations++;
        }
      }
    }
    Map<String, Integer> inPolicyOrder = new LinkedHashMap<>();
    for (PolicyClause clause : PolicyClause.values()) {
      Integer n = provisions.get(clause.provision());
      if (n != null) {
        inPolicyOrder.merge(clause.provision(), n, (a, b) -> a);
      }
    }
    return new CaseFigures(
        cases.size(),
        inPolicyOrder,
        findings,
        routes,
        times(acknowledged),
        times(closed),
        reminders,
        escalations);
  }

  /**
   * The findings a case counts under, one per allegation: the allegation's finding ({@code
   * SUSTAINED}, …, or the department's own code), {@code DISMISSED} for an allegation of a case
   * dismissed without one, {@code OPEN} for one still waiting. A case stored before allegations
   * counts once, under its outcome ({@code COUNSELING}, …) when resolved, {@code DISMISSED} or
   * {@code OPEN}.
   */
  public static List<String> findingsOf(Report r) {
    if (r.allegations().isEmpty()) {
      return List.of(
          switch (r.status()) {
            case RESOLVED -> r.outcome() == null ? "RESOLVED" : r.outcome().name();
            case DISMISSED -> "DISMISSED";
            default -> "OPEN";
          });
    }
    return r.allegations().stream()
        .map(
            a ->
                a.finding() != null
                    ? a.finding()
                    : r.status() == CaseStatus.DISMISSED ? "DISMISSED" : "OPEN")
        .toList();
  }

  /**
   * The way a case came in. An anonymous case is {@link RouteKind#ANONYMOUS_DESK}, wherever the
   * department sends them. A case still where it was first routed says it by its route's reason.
   * The case keeps only its current route, so for one escalated or assigned since, the first
   * handler (the submission's) says it: internal affairs; else the reporter's supervisor on {@code
   * roster} today; else the next level up.
   */
  public static RouteKind routeOf(Report r, Map<String, StaffMember> roster) {
    if (r.confidentiality() == Confidentiality.ANONYMOUS) {
      return RouteKind.ANONYMOUS_DESK;
    }
    Route.Reason reason = r.route() == null ? null : r.route().reason();
    if (reason != null) {
      switch (reason) {
        case REPORTER_SUPERVISOR:
          return RouteKind.SUPERVISOR;
        case PAST_THE_SUBJECT:
          return RouteKind.UP_THE_CHAIN;
        case INTERNAL_AFFAIRS_CONFLICT:
        case INTERNAL_AFFAIRS_NO_SUPERVISOR:
          return RouteKind.INTERNAL_AFFAIRS;
        default:
          break;
      }
    }
    String first =
        r.events().stream()
            .filter(e -> e.kind() == CaseEvent.Kind.SUBMITTED)
            .map(CaseEvent::handlerId)
            .findFirst()
            .orElse(r.handlerId());
    StaffMember handler = roster.get(first);
    if (handler != null && handler.roles().contains(Role.INTERNAL_AFFAIRS)) {
      return RouteKind.INTERNAL_AFFAIRS;
    }
    StaffMember reporter = r.reporterId() == null ? null : roster.get(r.reporterId());
    if (reporter != null && first != null && first.equals(reporter.supervisorId())) {
      return RouteKind.SUPERVISOR;
    }
    return RouteKind.UP_THE_CHAIN;
  }

  private static Optional<java.time.Instant> firstAt(Report r, Set<CaseEvent.Kind> kinds) {
    return r.events().stream().filter(e -> kinds.contains(e.kind())).map(CaseEvent::at).findFirst();
  }

  private static Times times(List<Duration> measured) {
    List<Duration> sorted = measured.stream().sorted().toList();
    return new Times(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
  }

  /** The nearest-rank {@code p}-th percentile of {@code sorted} (ascending); null when empty. */
  public static Duration percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  // ---- what may be published ----------------------------------------------------------------

  /**
   * A count as published: {@code count} null when it is withheld; {@code fewerThanFive} when it is
   * 1 to 4, withheld so no one can be singled out; {@code withheld} alone when it is 5 or more but
   * withheld so that a small count beside it cannot be worked out by subtraction.
   */
  public record Cell(Integer count, boolean fewerThanFive, boolean withheld) {

    static Cell of(int n) {
      return n > 0 && n < SMALLEST_SHOWN ? new Cell(null, true, true) : new Cell(n, false, false);
    }

    static Cell secondary() {
      return new Cell(null, false, true);
    }
  }

  /** One line of a breakdown: its key (a provision, a finding, a route) and its count. */
  public record Row(String key, Cell cell) {}

  /**
   * A time measure as published: the median and 90th percentile are left out (null) when fewer than
   * 5 cases were measured, since one case's time could then be read off.
   */
  public record ShownTimes(Cell measured, Duration median, Duration p90) {}

  /** The figures as they may be published: see {@link #shown()}. */
  public record Shown(
      Cell cases,
      List<Row> byProvision,
      List<Row> byFinding,
      List<Row> byRoute,
      ShownTimes toAcknowledge,
      ShownTimes toClose,
      Cell reminders,
      Cell escalations) {}

  /**
   * The figures with small counts withheld, so no one can be singled out:
   *
   * <ul>
   *   <li>every count from 1 to 4 is "fewer than 5"; 0 stays 0;
   *   <li>each breakdown adds up to the number of cases, so where exactly one line of a breakdown
   *       is fewer than 5 and the number of cases is shown, the smallest other line above 0 is
   *       withheld too (secondary suppression): no single subtraction then gives back the small
   *       count. What remains is a range: a reader still knows the two withheld lines' sum;
   *   <li>a median or 90th percentile over fewer than 5 cases is left out.
   * </ul>
   *
   * No other derived figure is published (the cases not acknowledged, say, which is the number of
   * cases less those measured).
   */
  public Shown shown() {
    return new Shown(
        Cell.of(cases),
        suppressed(byProvision.entrySet()),
        suppressed(byFinding.entrySet()),
        suppressed(
            byRoute.entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue()))
                .toList()),
        shown(toAcknowledge),
        shown(toClose),
        Cell.of(reminders),
        Cell.of(escalations));
  }

  private static ShownTimes shown(Times t) {
    boolean enough = t.measured() >= SMALLEST_SHOWN;
    return new ShownTimes(
        Cell.of(t.measured()), enough ? t.median() : null, enough ? t.p90() : null);
  }

  /** A breakdown's lines, small ones withheld and, where needed, one more (see {@link #shown}). */
  static List<Row> suppressed(Collection<? extends Map.Entry<String, Integer>> lines) {
    List<Row> rows = new ArrayList<>();
    int small = 0;
    int total = 0;
    for (var line : lines) {
      Cell cell = Cell.of(line.getValue());
      small += cell.fewerThanFive() ? 1 : 0;
      total += line.getValue();
      rows.add(new Row(line.getKey(), cell));
    }
    if (small == 1 && total >= SMALLEST_SHOWN) {
      rows.stream()
          .filter(r -> r.cell().count() != null && r.cell().count() > 0)
          .min(Comparator.comparingInt((Row r) -> r.cell().count()).thenComparing(Row::key))
          .ifPresent(
              least -> rows.set(rows.indexOf(least), new Row(least.key(), Cell.secondary())));
    }
    return List.copyOf(rows);
  }
}
