package org.deptbot.core.testing;

import java.time.Instant;
import java.util.List;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;

/**
 * New cases as the bot stores them, for tests in every module that need one in the database (the
 * console's pages, the roster's checks). Every value that names the case derives from its id, so
 * tests sharing a database stay apart.
 */
public final class CaseFixtures {

  private CaseFixtures() {}

  /**
   * A confidential case from {@code reporterId} about the staff member {@code subjectId} (null:
   * about an account off the roster), routed to {@code handlerId} as the reporter's supervisor.
   */
  public static Report confidential(
      String id, String reporterId, String subjectId, String handlerId, Instant at) {
    return build(id, Confidentiality.CONFIDENTIAL, reporterId, subjectId, handlerId, at);
  }

  /** An anonymous case: no reporter id, a receipt key's hash and a sealed contact only. */
  public static Report anonymous(String id, String subjectId, String handlerId, Instant at) {
    return build(id, Confidentiality.ANONYMOUS, null, subjectId, handlerId, at);
  }

  private static Report build(
      String id,
      Confidentiality confidentiality,
      String reporterId,
      String subjectId,
      String handlerId,
      Instant at) {
    boolean anonymous = confidentiality == Confidentiality.ANONYMOUS;
    Route route =
        new Route(
            handlerId,
            anonymous ? Route.Reason.ANONYMOUS_TO_DESK : Route.Reason.REPORTER_SUPERVISOR,
            List.of(handlerId));
    return new Report(
        id,
        "intake-" + id,
        confidentiality,
        reporterId,
        anonymous ? ReceiptKeys.hash(ReceiptKeys.newKey()) : null,
        "sealed-contact-" + id,
        List.of("https://social.example/p/" + id),
        SocialPlatform.FACEBOOK,
        PolicyClause.DEPARTMENT_IDENTIFIERS,
        subjectId,
        subjectId == null ? "an account called @riverton_hot_takes" : null,
        "Posted a photo in uniform with the badge number readable.",
        route,
        CaseStatus.NEW,
        null,
        List.of(new CaseEvent(at, CaseEvent.Kind.SUBMITTED, "reporter", handlerId, "", false)),
        1,
        false,
        false,
        at);
  }
}
