package org.deptbot.core.reports;

import java.util.List;
import java.util.Optional;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;

/**
 * Where a report goes (policy V.A.11): to the reporter's supervisor, unless the report concerns
 * that supervisor or anyone above the reporter; then past them, to the first active supervisor
 * above the subject, or to internal affairs when there is none or the department says so. The
 * subject never handles a report about themselves.
 */
public final class ReportRouting {

  private final List<StaffMember> roster;
  private final ChainOfCommand chain;
  private final boolean conflictsToInternalAffairs;

  /**
   * @param conflictsToInternalAffairs send every report about someone in the reporter's chain
   *     straight to internal affairs
   */
  public ReportRouting(List<StaffMember> roster, boolean conflictsToInternalAffairs) {
    this.roster = List.copyOf(roster);
    this.chain = new ChainOfCommand(roster);
    this.conflictsToInternalAffairs = conflictsToInternalAffairs;
  }

  /** The route for a report by {@code reporterId}, about {@code subjectId} (null if not staff). */
  public Route route(String reporterId, String subjectId) {
    Optional<StaffMember> supervisor = firstActive(chain.above(reporterId), subjectId);
    boolean conflict =
        subjectId != null && (chain.isAbove(subjectId, reporterId) || subjectId.equals(reporterId));
    if (!conflict) {
      return supervisor
          .map(s -> new Route(s.id(), Route.Reason.REPORTER_SUPERVISOR, List.of(s.id())))
          .orElseGet(
              () ->
                  internalAffairs(
                      Route.Reason.INTERNAL_AFFAIRS_NO_SUPERVISOR, subjectId, List.of()));
    }
    if (!conflictsToInternalAffairs) {
      Optional<StaffMember> aboveSubject = firstActive(chain.above(subjectId), subjectId);
      if (aboveSubject.isPresent()) {
        return new Route(
            aboveSubject.get().id(),
            Route.Reason.PAST_THE_SUBJECT,
            List.of(subjectId, aboveSubject.get().id()));
      }
    }
    return internalAffairs(Route.Reason.INTERNAL_AFFAIRS_CONFLICT, subjectId, List.of(subjectId));
  }

  /**
   * {@code DEPTBOT_REPORTS_ANONYMOUS_TO}'s value that sends anonymous reports up the subject's
   * chain.
   */
  public static final String SUBJECT_CHAIN = "SUBJECT_CHAIN";

  /** {@code DEPTBOT_REPORTS_ANONYMOUS_TO}'s default: anonymous reports go to internal affairs. */
  public static final String INTERNAL_AFFAIRS = "INTERNAL_AFFAIRS";

  /**
   * The route for an anonymous report, which never depends on who sent it: a route that does would
   * tell the handler where the reporter sits. {@code desk} is {@value #INTERNAL_AFFAIRS}, {@value
   * #SUBJECT_CHAIN} (the first active supervisor above the subject; internal affairs when there is
   * none or the subject is not staff), or the staff id of the member the department names; that
   * member never handles a report about themselves, and internal affairs stands in for them.
   */
  public Route routeAnonymous(String subjectId, String desk) {
    if (SUBJECT_CHAIN.equals(desk) && subjectId != null) {
      Optional<StaffMember> above = firstActive(chain.above(subjectId), subjectId);
      if (above.isPresent()) {
        return new Route(
            above.get().id(),
            Route.Reason.ANONYMOUS_ABOVE_SUBJECT,
            List.of(subjectId, above.get().id()));
      }
    }
    Optional<StaffMember> named =
        roster.stream()
            .filter(m -> m.id().equals(desk))
            .filter(StaffMember::active)
            .filter(m -> !m.id().equals(subjectId))
            .findFirst();
    if (named.isPresent()) {
      return new Route(named.get().id(), Route.Reason.ANONYMOUS_TO_DESK, List.of(named.get().id()));
    }
    return internalAffairs(Route.Reason.ANONYMOUS_TO_DESK, subjectId, List.of());
  }

  /** One level above {@code currentHandlerId}, never the subject; internal affairs at the top. */
  public Route escalate(String currentHandlerId, String subjectId) {
    return firstActive(chain.above(currentHandlerId), subjectId)
        .map(s -> new Route(s.id(), Route.Reason.ESCALATED, List.of(currentHandlerId, s.id())))
        .orElseGet(
            () -> internalAffairs(Route.Reason.ESCALATED, subjectId, List.of(currentHandlerId)));
  }

  private Route internalAffairs(Route.Reason reason, String subjectId, List<String> arguments) {
    StaffMember investigator =
        roster.stream()
            .filter(m -> m.acts(Role.INTERNAL_AFFAIRS))
            .filter(m -> !m.id().equals(subjectId))
            .findFirst()
            .orElseThrow(() -> new NoOneToHandle(subjectId));
    List<String> args = new java.util.ArrayList<>(arguments);
    args.add(investigator.id());
    return new Route(investigator.id(), reason, args);
  }

  /** The first active member of {@code candidates} who is not the subject. */
  private static Optional<StaffMember> firstActive(List<StaffMember> candidates, String subjectId) {
    return candidates.stream()
        .filter(StaffMember::active)
        .filter(m -> !m.id().equals(subjectId))
        .findFirst();
  }

  /** The roster has no one who may handle this report: no supervisor and no internal affairs. */
  public static class NoOneToHandle extends RuntimeException {
    public NoOneToHandle(String subjectId) {
      super("no one on the roster may handle a report about " + subjectId);
    }
  }
}
