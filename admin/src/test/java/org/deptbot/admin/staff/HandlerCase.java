package org.deptbot.admin.staff;

import java.time.Instant;
import java.util.List;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;

/** An open case as the bot stores it, waiting for its handler, for staff tests. */
final class HandlerCase {

  private HandlerCase() {}

  static Report of(String id, String handlerId) {
    Instant at = Instant.now();
    return new Report(
        id,
        "intake-" + id,
        Confidentiality.CONFIDENTIAL,
        "someone",
        null,
        "contact-" + id,
        List.of("https://social.example/p/" + id),
        SocialPlatform.FACEBOOK,
        PolicyClause.DEPARTMENT_IDENTIFIERS,
        null,
        "an account called @riverton_hot_takes",
        "Posted a photo in uniform.",
        new Route(handlerId, Route.Reason.REPORTER_SUPERVISOR, List.of(handlerId)),
        CaseStatus.NEW,
        null,
        List.of(new CaseEvent(at, CaseEvent.Kind.SUBMITTED, "reporter", handlerId, "", false)),
        1,
        false,
        false,
        at);
  }
}
