package org.deptbot.admin.cases;

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
import org.deptbot.core.testing.ReportCopies;

/** Cases as the bot stores them, for console tests. */
final class CaseFixtures {

  private CaseFixtures() {}

  /**
   * A confidential case from {@code reporterId} about {@code subjectId}, handled by a supervisor.
   */
  static Report confidential(
      String id, String reporterId, String subjectId, String handlerId, Instant at) {
    return build(id, Confidentiality.CONFIDENTIAL, reporterId, subjectId, handlerId, at);
  }

  /** An anonymous case: no reporter id, a sealed contact only. */
  static Report anonymous(String id, String subjectId, String handlerId, Instant at) {
    return build(id, Confidentiality.ANONYMOUS, null, subjectId, handlerId, at);
  }

  /** The same case, citing {@code clause} instead. */
  static Report citing(Report r, PolicyClause clause) {
    return ReportCopies.citing(r, clause);
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
