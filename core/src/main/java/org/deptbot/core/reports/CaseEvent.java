package org.deptbot.core.reports;

import java.time.Instant;

/**
 * One thing that happened to a case, kept in the case document in order.
 *
 * @param by a staff id, or {@code reporter} (never an anonymous reporter's identity), or {@code
 *     system}
 * @param note what was said: the question, the answer, the reason; may be empty
 * @param forReporter whether the reporter is told of it (a status change, a question); handlers'
 *     deliberations are not
 */
public record CaseEvent(
    Instant at, Kind kind, String by, String handlerId, String note, boolean forReporter) {

  /** What happened. */
  public enum Kind {
    SUBMITTED,
    ROUTED,
    ACKNOWLEDGED,
    QUESTION_ASKED,
    REPORTER_ANSWERED,
    REPORTER_ADDED,
    ASSIGNED,
    ESCALATED,
    RESOLVED,
    DISMISSED,
    REMINDED,
    /** Every chat the handler linked refused the case card, and no one else may take the case. */
    UNREACHABLE
  }
}
