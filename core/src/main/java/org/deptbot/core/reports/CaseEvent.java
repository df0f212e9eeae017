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
    UNREACHABLE,
    /** A handler added an allegation; note: its id and provision, such as {@code A2 V.A.7}. */
    ALLEGATION_ADDED,
    /**
     * A handler recorded an allegation's finding; note: the allegation and the finding's code, such
     * as {@code A1 SUSTAINED} (the action taken is on the allegation only). Kept when the case is
     * re-opened, so earlier findings stay in the history.
     */
    FINDING_RECORDED,
    /** Every allegation has a finding, so the case is resolved; the reporter is told. */
    CLOSED,
    /** Someone allowed to re-open cases opened a closed one again; note: the reason. */
    REOPENED
  }
}
