package org.deptbot.admin.reports;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.deptbot.admin.console.Confirmation.MAX_REASON;
import static org.deptbot.admin.console.Confirmation.WHY;
import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;
import static org.deptbot.core.access.Permission.TRIAGE_REPORTS;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.deptbot.admin.console.ApiPage;
import org.deptbot.admin.console.BadInput;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.Allegation;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseSearch;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over the REST API, with the same need-to-know, audit and state checks as the pages. A case
 * never carries its reporter's sealed contact or tag, and an anonymous one no reporter at all.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Requires({TRIAGE_REPORTS, HANDLE_INTERNAL_AFFAIRS_CASES})
class CasesApi {

  private final VisibleCases cases;
  private final Triage triage;
  private final ProvisionDeadlines deadlines;

  CasesApi(VisibleCases cases, Triage triage, ProvisionDeadlines deadlines) {
    this.cases = cases;
    this.triage = triage;
    this.deadlines = deadlines;
  }

  /**
   * A case as the API shows it. {@code acknowledgeBy}: for an urgent case waiting to be
   * acknowledged (its provision has a deadline of its own), when its present handler must have
   * acknowledged it; null otherwise. {@code allegations}: each with its finding and the action
   * taken once decided. The handlers' notes are never in the API.
   */
  record CaseView(
      String id,
      int version,
      CaseStatus status,
      PolicyClause clause,
      String platform,
      List<String> links,
      String subjectId,
      String subjectText,
      String description,
      String confidentiality,
      String reporterId,
      String handlerId,
      String routeReason,
      Outcome outcome,
      Instant submittedAt,
      Instant acknowledgeBy,
      List<CaseEvent> events,
      List<Allegation> allegations) {

    static CaseView of(Report r, CaseUrgency urgency) {
      boolean waiting = r.status() == CaseStatus.NEW || r.status() == CaseStatus.ESCALATED;
      return new CaseView(
          r.id(),
          r.version(),
          r.status(),
          r.clause(),
          r.platform() == null ? null : r.platform().name(),
          r.links(),
          r.subjectId(),
          r.subjectText(),
          r.description(),
          r.confidentiality().name(),
          r.reporterId(),
          r.handlerId(),
          r.route().reason().name(),
          r.outcome(),
          r.submittedAt(),
          waiting ? urgency.acknowledgeBy(r).orElse(null) : null,
          r.events(),
          r.allegations());
    }
  }

  /** The version read, and what the action needs: {@code note} is the question to ask. */
  record Action(int version, String note) {}

  /** Escalation one level up from the caller; the reason is required. */
  record Escalation(
      @Schema(requiredMode = REQUIRED) int version,
      @Schema(requiredMode = REQUIRED, maxLength = MAX_REASON, description = WHY) String reason) {}

  /** A hand-over to {@code to}, a supervisor or internal affairs; the reason is required. */
  record Assignment(
      @Schema(requiredMode = REQUIRED) int version,
      @Schema(requiredMode = REQUIRED, description = "The staff ID of the new handler") String to,
      @Schema(requiredMode = REQUIRED, maxLength = MAX_REASON, description = WHY) String reason) {}

  /** Closing the case with an outcome (OTHER when left out); the reason is required. */
  record Resolution(
      @Schema(requiredMode = REQUIRED) int version,
      Outcome outcome,
      @Schema(requiredMode = REQUIRED, maxLength = MAX_REASON, description = WHY) String reason) {}

  /** Closing the case without an outcome; the reason is required. */
  record Dismissal(
      @Schema(requiredMode = REQUIRED) int version,
      @Schema(requiredMode = REQUIRED, maxLength = MAX_REASON, description = WHY) String reason) {}

  @GetMapping
  ApiPage<CaseView> list(
      Actor actor,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(required = false) PolicyClause clause,
      @RequestParam(required = false) String handler,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    int pageSize = Math.min(Math.max(size, 1), 100);
    List<Report> found =
        cases.find(
            actor,
            new CaseSearch.Filter(
                CaseQueuePage.statuses(status),
                clause,
                handler == null || handler.isBlank() ? Set.of() : Set.of(handler),
                null));
    int from = Math.min(Math.max(page, 0) * pageSize, found.size());
    CaseUrgency urgency = deadlines.get();
    return new ApiPage<>(
        found.subList(from, Math.min(from + pageSize, found.size())).stream()
            .map(r -> CaseView.of(r, urgency))
            .toList(),
        page,
        pageSize,
        found.size());
  }

  @GetMapping("/{id}")
  CaseView one(Actor actor, @PathVariable String id) {
    return CaseView.of(cases.open(actor, id), deadlines.get());
  }

  /** Acknowledge, or ask the reporter ({@code note} is the question). */
  @PostMapping("/{id}/{action}")
  CaseView act(
      Actor actor, @PathVariable String id, @PathVariable String action, @RequestBody Action body) {
    Report r = current(actor, id, body.version());
    String note = body.note() == null ? "" : body.note().strip();
    Report changed =
        switch (action) {
          case "acknowledge" -> triage.acknowledge(actor, r);
          case "ask" -> triage.ask(actor, r, note);
          default -> throw new BadInput("cases.input.unknown-action");
        };
    return CaseView.of(changed, deadlines.get());
  }

  /** To the first one above the caller; the reason goes into the case and the audit log. */
  @PostMapping("/{id}/escalate")
  CaseView escalate(Actor actor, @PathVariable String id, @RequestBody Escalation body) {
    String reason = Confirmation.requiredOf(body.reason());
    return CaseView.of(
        triage.escalate(actor, current(actor, id, body.version()), reason), deadlines.get());
  }

  @PostMapping("/{id}/assign")
  CaseView assign(Actor actor, @PathVariable String id, @RequestBody Assignment body) {
    String reason = Confirmation.requiredOf(body.reason());
    return CaseView.of(
        triage.assign(actor, current(actor, id, body.version()), String.valueOf(body.to()), reason),
        deadlines.get());
  }

  /** Closes the case for good; the reporter is told, with the reason. */
  @PostMapping("/{id}/resolve")
  CaseView resolve(Actor actor, @PathVariable String id, @RequestBody Resolution body) {
    String reason = Confirmation.requiredOf(body.reason());
    Outcome outcome = body.outcome() == null ? Outcome.OTHER : body.outcome();
    return CaseView.of(
        triage.resolve(actor, current(actor, id, body.version()), outcome, reason),
        deadlines.get());
  }

  /** Closes the case for good without an outcome; the reporter is told, with the reason. */
  @PostMapping("/{id}/dismiss")
  CaseView dismiss(Actor actor, @PathVariable String id, @RequestBody Dismissal body) {
    String reason = Confirmation.requiredOf(body.reason());
    return CaseView.of(
        triage.dismiss(actor, current(actor, id, body.version()), reason), deadlines.get());
  }

  /** The case, if the caller may see it and it is still at the version they read. */
  private Report current(Actor actor, String id, int version) {
    Report r = cases.get(actor, id);
    if (r.version() != version) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.CHANGED_MEANWHILE, r.id() + " changed meanwhile", r.id());
    }
    return r;
  }
}
