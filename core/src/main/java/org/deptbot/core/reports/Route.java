package org.deptbot.core.reports;

import java.util.List;

/**
 * Who handles a case and why, so the case can explain it ("routed to Lt. Kim because the report
 * concerns your supervisor").
 *
 * @param handlerId the staff member who handles the case
 * @param reason why this handler
 * @param arguments the staff ids the reason speaks of, in the order listed with each reason
 */
public record Route(String handlerId, Reason reason, List<String> arguments) {

  /** Why a case went where it went. */
  public enum Reason {
    /** To the reporter's supervisor; argument: the supervisor. */
    REPORTER_SUPERVISOR,
    /** The report concerns someone in the reporter's chain; past them to the next level up. */
    PAST_THE_SUBJECT,
    /** It concerns someone with no one above them, or the department sends such cases to IA. */
    INTERNAL_AFFAIRS_CONFLICT,
    /** The reporter has no supervisor on the roster. */
    INTERNAL_AFFAIRS_NO_SUPERVISOR,
    /** A handler escalated it one level up; arguments: from, to. */
    ESCALATED,
    /** Nobody acknowledged it in time, so it went one level up; arguments: from, to. */
    ESCALATED_UNACKNOWLEDGED,
    /** A handler assigned it to someone; arguments: from, to. */
    ASSIGNED,
    /**
     * An anonymous report, to the desk the department named for them (internal affairs by default),
     * whoever sent it; argument: the handler.
     */
    ANONYMOUS_TO_DESK,
    /** An anonymous report, past the subject to the first supervisor above them; subject, to. */
    ANONYMOUS_ABOVE_SUBJECT,
    /** Its handler was deactivated, so it went one level up; arguments: from, to. */
    HANDLER_DEACTIVATED,
    /**
     * Every chat its handler linked refused the case card (blocked the bot, closed their direct
     * messages), so it went one level up at once; arguments: from, to.
     */
    HANDLER_UNREACHABLE
  }

  public Route {
    arguments = List.copyOf(arguments);
  }
}
