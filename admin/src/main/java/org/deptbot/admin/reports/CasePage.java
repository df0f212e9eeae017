package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;
import static org.deptbot.core.access.Permission.TRIAGE_REPORTS;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Findings;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case: what was reported, why it went to its handler, its history, its files (served by {@link
 * CaseFiles}), and the handler's actions. Opening it is written to the audit log.
 */
@Controller
@Requires({TRIAGE_REPORTS, HANDLE_INTERNAL_AFFAIRS_CASES})
class CasePage {

  private final VisibleCases cases;
  private final Triage triage;
  private final StaffMembers staff;
  private final EvidenceStore evidence;
  private final MessageSource messages;
  private final Clock clock;
  private final ProvisionDeadlines deadlines;
  private final TimeShown times;
  private final Findings findings;

  CasePage(
      VisibleCases cases,
      Triage triage,
      StaffMembers staff,
      EvidenceStore evidence,
      MessageSource messages,
      Clock clock,
      ProvisionDeadlines deadlines,
      TimeShown times,
      Findings findings) {
    this.findings = findings;
    this.deadlines = deadlines;
    this.times = times;
    this.cases = cases;
    this.triage = triage;
    this.staff = staff;
    this.evidence = evidence;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/cases/{id}")
  String show(Actor actor, @PathVariable String id, Model model, Locale locale) {
    Report r = cases.open(actor, id);
    CaseTexts words = new CaseTexts(messages, locale, staff.all());
    model.addAttribute("c", r);
    model.addAttribute("status", words.status(r));
    model.addAttribute("age", words.age(r, clock.instant()));
    model.addAttribute("urgent", words.urgent(r, deadlines.get(), times));
    model.addAttribute("clause", words.clause(r));
    model.addAttribute("subject", words.subject(r));
    model.addAttribute("handler", words.name(r.handlerId()));
    model.addAttribute("route", words.route(r.route()));
    model.addAttribute(
        "reporter",
        r.confidentiality() == Confidentiality.ANONYMOUS ? null : words.name(r.reporterId()));
    model.addAttribute(
        "history", r.events().stream().map(e -> new Line(e.at(), words.event(e))).toList());
    model.addAttribute("files", evidence.of(r.intakeKey()));
    // only the handler now acts: one who handed it on still sees it, without the buttons
    boolean mine = actor.staffId().equals(r.handlerId()) && r.status().open();
    model.addAttribute("mine", mine);
    model.addAttribute("outcomes", Outcome.values());
    String language = locale.getLanguage();
    model.addAttribute(
        "allegations",
        r.allegations().stream()
            .map(
                a ->
                    new AllegationLine(
                        a.id(),
                        words.provision(a.clause()),
                        a.statement(),
                        a.undecided()
                            ? null
                            : findings
                                .byCode(a.finding())
                                .map(f -> f.label(language))
                                .orElse(a.finding()),
                        a.action(),
                        a.decidedAt(),
                        words.name(a.decidedBy())))
            .toList());
    model.addAttribute("undecided", r.undecided().stream().map(a -> a.id()).toList());
    model.addAttribute(
        "findings",
        findings.all().stream().map(f -> new Choice(f.code(), f.label(language))).toList());
    model.addAttribute(
        "provisions",
        java.util.Arrays.stream(PolicyClause.values())
            .map(p -> new Choice(p.name(), words.provision(p)))
            .toList());
    // findings are recorded once the case is acknowledged; the free outcome only for old cases
    boolean deciding =
        mine && (r.status() == CaseStatus.ACKNOWLEDGED || r.status() == CaseStatus.INFO_REQUESTED);
    model.addAttribute("deciding", deciding && !r.allegations().isEmpty());
    model.addAttribute("legacyResolve", mine && r.allegations().isEmpty());
    // notes: the case's handlers, present and past, and internal affairs; nobody else
    boolean notes = triage.maySeeNotes(actor, r);
    model.addAttribute(
        "notes",
        notes
            ? r.notes().stream()
                .map(n -> new NoteLine(n.id(), n.at(), words.name(n.by()), n.text()))
                .toList()
            : null);
    model.addAttribute("reopen", !r.status().open() && triage.mayReopen(actor, r));
    model.addAttribute("assignable", r.status().open() ? triage.assignable(actor, r) : List.of());
    return "cases/case";
  }

  /** A dated line of the case's history. */
  record Line(java.time.Instant at, String text) {}

  /** An allegation as the page shows it; {@code finding} null while open. */
  record AllegationLine(
      String id,
      String provision,
      String statement,
      String finding,
      String action,
      java.time.Instant decidedAt,
      String decidedBy) {}

  /** A handler's note as the page shows it. */
  record NoteLine(String id, java.time.Instant at, String by, String text) {}

  /** A value of a select and its label. */
  record Choice(String value, String label) {}
}
