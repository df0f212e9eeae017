package org.deptbot.admin.cases;

import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;
import static org.deptbot.core.access.Permission.TRIAGE_REPORTS;

import java.util.Locale;
import java.util.function.Function;
import org.deptbot.admin.console.Refusals;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.TransitionRefused;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handler's actions from the case page. Each form carries the case version it was read at: an
 * action on a case someone else changed since is refused and the page shows the case as it is.
 */
@Controller
@Requires({TRIAGE_REPORTS, HANDLE_INTERNAL_AFFAIRS_CASES})
class CaseActions {

  private final VisibleCases cases;
  private final Triage triage;
  private final Refusals refusals;
  private final MessageSource messages;

  CaseActions(VisibleCases cases, Triage triage, Refusals refusals, MessageSource messages) {
    this.cases = cases;
    this.triage = triage;
    this.refusals = refusals;
    this.messages = messages;
  }

  @PostMapping("/cases/{id}/acknowledge")
  String acknowledge(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        actor, id, version, flash, locale, "acknowledged", r -> triage.acknowledge(actor, r));
  }

  @PostMapping("/cases/{id}/ask")
  String ask(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam String question,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        actor, id, version, flash, locale, "asked", r -> triage.ask(actor, r, question.strip()));
  }

  @PostMapping("/cases/{id}/assign")
  String assign(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam String to,
      RedirectAttributes flash,
      Locale locale) {
    return act(actor, id, version, flash, locale, "assigned", r -> triage.assign(actor, r, to));
  }

  @PostMapping("/cases/{id}/escalate")
  String escalate(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      RedirectAttributes flash,
      Locale locale) {
    return act(actor, id, version, flash, locale, "escalated", r -> triage.escalate(actor, r));
  }

  @PostMapping("/cases/{id}/resolve")
  String resolve(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam Outcome outcome,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        actor,
        id,
        version,
        flash,
        locale,
        "resolved",
        r -> triage.resolve(actor, r, outcome, note.strip()));
  }

  @PostMapping("/cases/{id}/dismiss")
  String dismiss(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        actor,
        id,
        version,
        flash,
        locale,
        "dismissed",
        r -> triage.dismiss(actor, r, reason.strip()));
  }

  private String act(
      Actor actor,
      String id,
      int version,
      RedirectAttributes flash,
      Locale locale,
      String done,
      Function<Report, Report> action) {
    Report r = cases.get(actor, id);
    try {
      if (r.version() != version) {
        throw new CaseTransitionRefused(
            CaseTransitionRefused.Reason.CHANGED_MEANWHILE, r.id() + " changed meanwhile", r.id());
      }
      Report changed = action.apply(r);
      flash.addFlashAttribute(
          "done", messages.getMessage("case.done." + done, new Object[] {changed.id()}, locale));
    } catch (TransitionRefused refused) {
      flash.addFlashAttribute("problem", refusals.explain(refused, locale));
    }
    return "redirect:/cases/" + r.id();
  }
}
