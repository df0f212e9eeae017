package org.deptbot.admin.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deptbot.admin.console.AnyStaff;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.templates.Templates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Active notices, templates waiting for this approver, this handler's open cases by age, and failed
 * deliveries: each shown only to those whose roles concern it.
 */
@Controller
@AnyStaff
class DashboardPage {

  private static final int CASES_COUNTED = 500;
  private final Authorization authorization;
  private final Notices notices;
  private final Templates templates;
  private final Reports reports;
  private final Deliveries deliveries;
  private final Clock clock;

  DashboardPage(
      Authorization authorization,
      Notices notices,
      Templates templates,
      Reports reports,
      Deliveries deliveries,
      Clock clock) {
    this.authorization = authorization;
    this.notices = notices;
    this.templates = templates;
    this.reports = reports;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @GetMapping("/")
  String dashboard(Actor actor, Model model) {
    if (authorization.permits(actor, Permission.ISSUE_NOTICE)) {
      model.addAttribute("activeNotices", notices.active());
    }
    if (authorization.permits(actor, Permission.APPROVE_TEMPLATE)) {
      model.addAttribute(
          "pendingTemplates",
          templates.pendingApproval().stream()
              .filter(t -> authorization.mayApproveTemplate(actor, t.authorId()))
              .toList());
    }
    if (authorization.permits(actor, Permission.TRIAGE_REPORTS)) {
      model.addAttribute("caseAges", ages(actor));
    }
    if (authorization.permits(actor, Permission.ISSUE_NOTICE)
        || authorization.permits(actor, Permission.MANAGE_CHANNELS)) {
      model.addAttribute("failedDeliveries", deliveries.count(DeliveryState.FAILED));
    }
    model.addAttribute("roles", actor.activeMember().orElseThrow().roles());
    return "dashboard";
  }

  /** Open cases routed to the actor: under 4 hours, 4 to 24 hours, and older. */
  private long[] ages(Actor actor) {
    Instant now = clock.instant();
    List<Report> open = reports.openFor(actor.staffId(), 0, CASES_COUNTED);
    long[] counts = new long[3];
    for (Report r : open) {
      Duration age = Duration.between(r.submittedAt(), now);
      counts[age.toHours() < 4 ? 0 : age.toHours() < 24 ? 1 : 2]++;
    }
    return counts;
  }
}
