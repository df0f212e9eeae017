package org.deptbot.core.reports;

import java.time.Instant;
import java.util.List;

/** Test-data builders for cases. */
final class ReportFixtures {

  static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

  private ReportFixtures() {}

  static Report newCase(String id, String intakeKey, String handlerId) {
    return newCase(id, intakeKey, handlerId, T0);
  }

  static Report newCase(String id, String intakeKey, String handlerId, Instant submittedAt) {
    Route route = new Route(handlerId, Route.Reason.REPORTER_SUPERVISOR, List.of(handlerId));
    return new Report(
        id,
        intakeKey,
        Confidentiality.CONFIDENTIAL,
        "officer",
        null,
        "telegram:700000031",
        List.of("https://social.example/p/1"),
        SocialPlatform.FACEBOOK,
        PolicyClause.DEPARTMENT_IDENTIFIERS,
        null,
        "an account called @riverton_hot_takes",
        "Posted a photo in uniform with the badge number readable.",
        route,
        CaseStatus.NEW,
        null,
        List.of(
            new CaseEvent(submittedAt, CaseEvent.Kind.SUBMITTED, "reporter", handlerId, "", false)),
        1,
        true,
        false,
        submittedAt);
  }

  /** An anonymous case followed by {@code receiptKey}, routed to {@code handlerId}. */
  static Report anonymous(String id, String intakeKey, String handlerId, String receiptKey) {
    Report named = newCase(id, intakeKey, handlerId);
    return new Report(
        id,
        intakeKey,
        Confidentiality.ANONYMOUS,
        null,
        ReceiptKeys.hash(receiptKey),
        "sealed:not-opened-here",
        named.links(),
        named.platform(),
        named.clause(),
        named.subjectId(),
        named.subjectText(),
        named.description(),
        new Route(handlerId, Route.Reason.ANONYMOUS_TO_DESK, List.of(handlerId)),
        CaseStatus.NEW,
        null,
        named.events(),
        1,
        true,
        false,
        named.submittedAt());
  }

  /** {@code r} about the staff member {@code subjectId} (null: about no one on the roster). */
  static Report about(Report r, String subjectId) {
    return new Report(
        r.id(),
        r.intakeKey(),
        r.confidentiality(),
        r.reporterId(),
        r.receiptHash(),
        r.reporterContact(),
        r.links(),
        r.platform(),
        r.clause(),
        subjectId,
        subjectId == null ? r.subjectText() : null,
        r.description(),
        r.route(),
        r.status(),
        r.outcome(),
        r.events(),
        r.version(),
        r.handlerToNotify(),
        r.reporterToNotify(),
        r.submittedAt());
  }
}
