package org.deptbot.admin.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Route;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.templates.TimeShown;
import org.springframework.context.MessageSource;

/**
 * A case in words for its page: staff ids become names, routes and events become sentences. Built
 * per request from the roster as it is now.
 */
class CaseTexts {

  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, String> names;

  CaseTexts(MessageSource messages, Locale locale, java.util.List<StaffMember> roster) {
    this.messages = messages;
    this.locale = locale;
    this.names =
        roster.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::name, (a, b) -> a));
  }

  String name(String staffId) {
    return staffId == null ? "" : names.getOrDefault(staffId, staffId);
  }

  String route(Route route) {
    Object[] named = route.arguments().stream().map(this::name).toArray();
    return message("case.route." + route.reason(), named);
  }

  String event(CaseEvent e) {
    String by = "reporter".equals(e.by()) ? message("case.the-reporter") : name(e.by());
    return message("case.event." + e.kind(), by, e.note(), name(e.handlerId()));
  }

  /** The provision's name, such as "Department logos, uniforms or badges (V.A.4.a)". */
  String provision(org.deptbot.core.reports.PolicyClause clause) {
    return message("case.clause." + clause);
  }

  String status(Report r) {
    return message("case.status." + r.status());
  }

  /**
   * "Urgent: acknowledge by 14:05 CST" for an open case citing a provision with a deadline of its
   * own while it waits to be acknowledged, "Urgent" once it is; null for any other case.
   */
  String urgent(Report r, CaseUrgency urgency, TimeShown times) {
    if (!r.status().open()) {
      return null;
    }
    boolean waiting = r.status() == CaseStatus.NEW || r.status() == CaseStatus.ESCALATED;
    return urgency
        .acknowledgeBy(r)
        .map(
            by ->
                waiting
                    ? message("case.urgent", times.deadline(by))
                    : message("case.urgent-acknowledged"))
        .orElse(null);
  }

  String clause(Report r) {
    return message("case.clause." + r.clause());
  }

  String age(Report r, Instant now) {
    Duration age = Duration.between(r.submittedAt(), now);
    return age.toHours() >= 24
        ? message("case.age.days", age.toDays())
        : age.toMinutes() >= 60
            ? message("case.age.hours", age.toHours())
            : message("case.age.minutes", Math.max(0, age.toMinutes()));
  }

  String subject(Report r) {
    if (r.subjectId() != null) {
      return name(r.subjectId());
    }
    return r.subjectText() == null || r.subjectText().isBlank()
        ? message("case.subject-unknown")
        : r.subjectText();
  }

  Function<Report, String> ages(Instant now) {
    return r -> age(r, now);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, locale);
  }
}
