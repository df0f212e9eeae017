package org.deptbot.core.reports;

import java.time.Instant;

/**
 * One allegation of a case: a policy provision and a short statement of what is alleged, closed
 * with a standard finding and the action taken. A case is resolved when every allegation has a
 * finding.
 *
 * @param id the allegation's number within its case: {@code A1}, {@code A2}, ...
 * @param provision the {@link PolicyClause} it is about, by name (such as {@code
 *     UNDERCOVER_OFFICER})
 * @param statement what is alleged, in the handler's words (the first allegation: the report's
 *     description)
 * @param finding the finding's code ({@code SUSTAINED}, {@code NOT_SUSTAINED}, {@code EXONERATED},
 *     {@code UNFOUNDED}, {@code POLICY_FAILURE} or one the department added); null while the
 *     allegation is open
 * @param action the action taken, in the handler's words; null while open. Never told to the
 *     reporter
 * @param decidedAt when the finding was recorded; null while open
 * @param decidedBy who recorded it (a staff id); null while open
 */
public record Allegation(
    String id,
    String provision,
    String statement,
    String finding,
    String action,
    Instant decidedAt,
    String decidedBy) {

  /** A new allegation, still without a finding. */
  public static Allegation open(String id, PolicyClause provision, String statement) {
    return new Allegation(id, provision.name(), statement, null, null, null, null);
  }

  /** Whether it still waits for a finding. */
  public boolean undecided() {
    return finding == null;
  }

  /** The provision as a clause; {@link PolicyClause#OTHER} for a name no longer known. */
  public PolicyClause clause() {
    try {
      return PolicyClause.valueOf(provision);
    } catch (IllegalArgumentException | NullPointerException retired) {
      return PolicyClause.OTHER;
    }
  }

  Allegation decided(String finding, String action, String by, Instant at) {
    return new Allegation(id, provision, statement, finding, action, at, by);
  }

  /** Open again (the case was re-opened): the finding stays in the case's history only. */
  Allegation reopened() {
    return new Allegation(id, provision, statement, null, null, null, null);
  }
}
