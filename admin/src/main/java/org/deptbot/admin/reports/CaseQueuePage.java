package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;
import static org.deptbot.core.access.Permission.TRIAGE_REPORTS;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.CaseSearch;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.Report;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue: cases the member may see, oldest first, filtered by status, age, clause, handler. */
@Controller
@Requires({TRIAGE_REPORTS, HANDLE_INTERNAL_AFFAIRS_CASES})
class CaseQueuePage {

  static final int PAGE_SIZE = 25;
  private final VisibleCases cases;
  private final StaffMembers staff;
  private final MessageSource messages;
  private final Clock clock;
  private final ProvisionDeadlines deadlines;
  private final TimeShown times;

  CaseQueuePage(
      VisibleCases cases,
      StaffMembers staff,
      MessageSource messages,
      Clock clock,
      ProvisionDeadlines deadlines,
      TimeShown times) {
    this.deadlines = deadlines;
    this.times = times;
    this.cases = cases;
    this.staff = staff;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * One row of the queue: {@code urgent} says by when to acknowledge it (or null); {@code
   * unreachable} when its handler could not be reached in chat (every chat they linked refused the
   * card) and no one else may take it, until they acknowledge it.
   */
  record Row(
      String id,
      String status,
      String age,
      String clause,
      String handler,
      boolean late,
      String urgent,
      boolean unreachable) {}

  @GetMapping("/cases")
  String queue(
      Actor actor,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(required = false) PolicyClause clause,
      @RequestParam(defaultValue = "") String handler,
      @RequestParam(defaultValue = "0") int olderThanHours,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    List<StaffMember> roster = staff.all();
    CaseTexts words = new CaseTexts(messages, locale, roster);
    var now = clock.instant();
    CaseUrgency urgency = deadlines.get();
    List<Report> found =
        cases.find(
            actor,
            new CaseSearch.Filter(
                statuses(status),
                clause,
                handler.isBlank() ? Set.of() : Set.of(handler),
                olderThanHours > 0 ? now.minus(Duration.ofHours(olderThanHours)) : null));
    int from = Math.min(Math.max(page, 0) * PAGE_SIZE, found.size());
    List<Row> rows =
        found.subList(from, Math.min(from + PAGE_SIZE, found.size())).stream()
            .map(
                r ->
                    new Row(
                        r.id(),
                        words.status(r),
                        words.age(r, now),
                        words.clause(r),
                        words.name(r.handlerId()),
                        r.status().open() && Duration.between(r.submittedAt(), now).toHours() >= 24,
                        words.urgent(r, urgency, times),
                        r.unreachableSinceRouted()))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("total", found.size());
    model.addAttribute("page", page);
    model.addAttribute("more", from + PAGE_SIZE < found.size());
    model.addAttribute("status", status);
    model.addAttribute("clause", clause);
    model.addAttribute("handler", handler);
    model.addAttribute("olderThanHours", olderThanHours);
    model.addAttribute("clauses", PolicyClause.values());
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute(
        "handlers",
        roster.stream()
            .filter(m -> m.acts(Role.SUPERVISOR) || m.acts(Role.INTERNAL_AFFAIRS))
            .toList());
    return "cases/queue";
  }

  static Set<CaseStatus> statuses(String status) {
    if ("open".equals(status)) {
      return CaseSearch.open();
    }
    if ("all".equals(status)) {
      return Set.of();
    }
    return java.util.Arrays.stream(CaseStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .map(EnumSet::of)
        .orElseGet(() -> EnumSet.copyOf(CaseSearch.open()));
  }
}
