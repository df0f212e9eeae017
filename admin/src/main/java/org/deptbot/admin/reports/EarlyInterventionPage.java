package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;

import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.EarlyIntervention;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The members flagged for early intervention, newest first, for internal affairs only; a member of
 * internal affairs never sees a flag about themselves. Advisory: the page changes nothing, and each
 * case is opened through the case pages and their need-to-know.
 */
@Controller
@Requires(HANDLE_INTERNAL_AFFAIRS_CASES)
class EarlyInterventionPage {

  private final EarlyIntervention flags;

  EarlyInterventionPage(EarlyIntervention flags) {
    this.flags = flags;
  }

  @GetMapping("/early-intervention")
  String list(Actor actor, Model model) {
    String me = actor.staffId();
    model.addAttribute(
        "flags", flags.all().stream().filter(f -> !f.subjectId().equals(me)).toList());
    return "early-intervention";
  }
}
