package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;
import static org.deptbot.core.access.Permission.TRIAGE_REPORTS;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.deptbot.admin.console.CodeTexts;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.RefusalTexts;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.TransitionRefused;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReportRouting;
import org.deptbot.core.reports.Triage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handler's actions from the case page. Each form carries the case version it was read at: an
 * action on a case someone else changed since is refused and the page shows the case as it is.
 * Escalate, Assign, Resolve and Dismiss go through a {@link Confirmation} first, which names who
 * will handle the case (or says it closes for good) and takes the reason: the reason goes into the
 * case's history and the audit entry.
 */
@Controller
@Requires({TRIAGE_REPORTS, HANDLE_INTERNAL_AFFAIRS_CASES})
class CaseActions {

  private final VisibleCases cases;
  private final Triage triage;
  private final RefusalTexts refusals;
  private final MessageSource messages;
  private final CodeTexts words;

  CaseActions(
      VisibleCases cases,
      Triage triage,
      RefusalTexts refusals,
      MessageSource messages,
      CodeTexts words) {
    this.cases = cases;
    this.triage = triage;
    this.refusals = refusals;
    this.messages = messages;
    this.words = words;
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

  @GetMapping("/cases/{id}/escalate")
  String confirmEscalate(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    Report r = cases.get(actor, id);
    if (!actionable(actor, r)) {
      return "redirect:/cases/" + r.id();
    }
    String to;
    try {
      to = triage.escalationRoute(actor, r).handlerId();
    } catch (ReportRouting.NoOneToHandle nobody) {
      flash.addFlashAttribute("problem", say(locale, "case.nobody-above", r.id()));
      return "redirect:/cases/" + r.id();
    }
    return escalateStep(r, version, to, locale).show(model, "", null);
  }

  @PostMapping("/cases/{id}/escalate")
  String escalate(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes flash,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> {
          Report r = cases.get(actor, id);
          return escalateStep(r, version, triage.escalationRoute(actor, r).handlerId(), locale);
        },
        response,
        model,
        why ->
            act(
                actor,
                id,
                version,
                flash,
                locale,
                "escalated",
                r -> triage.escalate(actor, r, why)));
  }

  @GetMapping("/cases/{id}/assign")
  String confirmAssign(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String to,
      Model model,
      Locale locale) {
    Report r = cases.get(actor, id);
    if (!actionable(actor, r)
        || triage.assignable(actor, r).stream().noneMatch(m -> m.id().equals(to))) {
      return "redirect:/cases/" + r.id();
    }
    return assignStep(r, version, to, locale).show(model, "", null);
  }

  @PostMapping("/cases/{id}/assign")
  String assign(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam String to,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes flash,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> assignStep(cases.get(actor, id), version, to, locale),
        response,
        model,
        why ->
            act(
                actor,
                id,
                version,
                flash,
                locale,
                "assigned",
                r -> triage.assign(actor, r, to, why)));
  }

  @GetMapping("/cases/{id}/resolve")
  String confirmResolve(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam Outcome outcome,
      Model model,
      Locale locale) {
    Report r = cases.get(actor, id);
    if (!actionable(actor, r)) {
      return "redirect:/cases/" + r.id();
    }
    return resolveStep(r, version, outcome, locale).show(model, "", null);
  }

  @PostMapping("/cases/{id}/resolve")
  String resolve(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam Outcome outcome,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes flash,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> resolveStep(cases.get(actor, id), version, outcome, locale),
        response,
        model,
        why ->
            act(
                actor,
                id,
                version,
                flash,
                locale,
                "resolved",
                r -> triage.resolve(actor, r, outcome, why)));
  }

  @GetMapping("/cases/{id}/dismiss")
  String confirmDismiss(
      Actor actor, @PathVariable String id, @RequestParam int version, Model model, Locale locale) {
    Report r = cases.get(actor, id);
    if (!actionable(actor, r)) {
      return "redirect:/cases/" + r.id();
    }
    return dismissStep(r, version, locale).show(model, "", null);
  }

  @PostMapping("/cases/{id}/dismiss")
  String dismiss(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes flash,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> dismissStep(cases.get(actor, id), version, locale),
        response,
        model,
        why ->
            act(
                actor,
                id,
                version,
                flash,
                locale,
                "dismissed",
                r -> triage.dismiss(actor, r, why)));
  }

  /** One more allegation: a provision from the policy list and what is alleged. */
  @PostMapping("/cases/{id}/allegation")
  String addAllegation(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam PolicyClause provision,
      @RequestParam(defaultValue = "") String statement,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        actor,
        id,
        version,
        flash,
        locale,
        "allegation-added",
        r -> triage.addAllegation(actor, r, provision, statement));
  }

  /**
   * The finding on one allegation with the action taken; the last one closes the case and the
   * reporter is told (never the action).
   */
  @PostMapping("/cases/{id}/finding")
  String recordFinding(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam String allegation,
      @RequestParam String finding,
      @RequestParam(defaultValue = "") String action,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        actor,
        id,
        version,
        flash,
        locale,
        "finding-recorded",
        r -> triage.recordFinding(actor, r, allegation, finding, action));
  }

  /** A note for the case's handlers and internal affairs; refused to anyone else. */
  @PostMapping("/cases/{id}/note")
  String addNote(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String text,
      RedirectAttributes flash,
      Locale locale) {
    Report r = cases.get(actor, id);
    if (!triage.maySeeNotes(actor, r)) {
      throw new NotPermitted(actor, Permission.HANDLE_INTERNAL_AFFAIRS_CASES);
    }
    return act(actor, id, version, flash, locale, "noted", c -> triage.addNote(actor, c, text));
  }

  @GetMapping("/cases/{id}/reopen")
  String confirmReopen(
      Actor actor, @PathVariable String id, @RequestParam int version, Model model, Locale locale) {
    Report r = cases.get(actor, id);
    if (r.status().open() || !triage.mayReopen(actor, r)) {
      return "redirect:/cases/" + r.id();
    }
    return reopenStep(r, version, locale).show(model, "", null);
  }

  /** Opens a closed case again: REOPEN_CASE (internal affairs) and a reason. */
  @PostMapping("/cases/{id}/reopen")
  String reopen(
      Actor actor,
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes flash,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> reopenStep(cases.get(actor, id), version, locale),
        response,
        model,
        why ->
            act(actor, id, version, flash, locale, "reopened", r -> triage.reopen(actor, r, why)));
  }

  private Confirmation reopenStep(Report r, int version, Locale locale) {
    return step(
        r,
        "reopen",
        say(locale, "case.reopen-confirm.title", r.id()),
        List.of(
            say(locale, "case.reopen-confirm.you"), say(locale, "case.reopen-confirm.reporter")),
        say(locale, "case.reopen-confirm.button", r.id()),
        Map.of("version", String.valueOf(version)));
  }

  /** Whether the actor handles the case now and it is still open: only then are actions offered. */
  private static boolean actionable(Actor actor, Report r) {
    return r.status().open()
        && actor.activeMember().map(m -> m.id().equals(r.handlerId())).orElse(false);
  }

  private Confirmation escalateStep(Report r, int version, String to, Locale locale) {
    String name = words.member(to);
    return step(
        r,
        "escalate",
        say(locale, "case.escalate-confirm.title", r.id(), name),
        List.of(
            say(locale, "case.handover-confirm.who", r.id(), name),
            say(locale, "case.handover-confirm.you", r.id(), name)),
        say(locale, "case.escalate-confirm.button", name),
        Map.of("version", String.valueOf(version)));
  }

  private Confirmation assignStep(Report r, int version, String to, Locale locale) {
    String name = words.member(to);
    return step(
        r,
        "assign",
        say(locale, "case.assign-confirm.title", r.id(), name),
        List.of(
            say(locale, "case.handover-confirm.who", r.id(), name),
            say(locale, "case.handover-confirm.you", r.id(), name)),
        say(locale, "case.assign-confirm.button", name),
        Map.of("version", String.valueOf(version), "to", to));
  }

  private Confirmation resolveStep(Report r, int version, Outcome outcome, Locale locale) {
    return step(
        r,
        "resolve",
        say(locale, "case.resolve-confirm.title", r.id(), say(locale, "case.outcome." + outcome)),
        List.of(
            say(locale, "case.resolve-confirm.reporter"), say(locale, "case.closed-confirm.final")),
        say(locale, "case.resolve-confirm.button", r.id()),
        Map.of("version", String.valueOf(version), "outcome", outcome.name()));
  }

  private Confirmation dismissStep(Report r, int version, Locale locale) {
    return step(
        r,
        "dismiss",
        say(locale, "case.dismiss-confirm.title", r.id()),
        List.of(
            say(locale, "case.dismiss-confirm.reporter"), say(locale, "case.closed-confirm.final")),
        say(locale, "case.dismiss-confirm.button", r.id()),
        Map.of("version", String.valueOf(version)));
  }

  private static Confirmation step(
      Report r,
      String action,
      String title,
      List<String> consequences,
      String button,
      Map<String, String> fields) {
    return new Confirmation(
        title,
        consequences,
        "/cases/" + r.id() + "/" + action,
        button,
        "/cases/" + r.id(),
        null,
        fields);
  }

  private String say(Locale locale, String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
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
          "done",
          say(locale, "case.done." + done, changed.id(), words.member(changed.handlerId())));
    } catch (TransitionRefused refused) {
      flash.addFlashAttribute("problem", refusals.explain(refused, locale));
    }
    return "redirect:/cases/" + r.id();
  }
}
