package org.deptbot.admin.templates;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.ApiPage;
import org.deptbot.admin.console.ApiReason;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/templates}: the same operations as the pages, for programs with a token. Refusals
 * come back as RFC 9457 problem details. A template carries its wording in further languages as
 * {@code wordings} ({@code {"es": {"title": …, "body": …}}}), taken and returned alike; a request
 * without {@code wordings} keeps the stored ones.
 */
@RestController
@RequestMapping("/api/v1/templates")
@Requires({Permission.AUTHOR_TEMPLATE, Permission.APPROVE_TEMPLATE})
class TemplatesApi {

  /** Why an approval step was taken, where one is wanted (rejecting, retiring). */
  record Decision(String reason) {}

  private final Templates templates;
  private final TemplateDesk desk;
  private final TemplatePreviews previews;
  private final MessageSource messages;

  TemplatesApi(
      Templates templates, TemplateDesk desk, TemplatePreviews previews, MessageSource messages) {
    this.templates = templates;
    this.desk = desk;
    this.previews = previews;
    this.messages = messages;
  }

  @GetMapping
  ApiPage<Template> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    int[] bounds = ApiPage.bounded(page, size);
    return new ApiPage<>(
        templates.page(bounds[0], bounds[1]), bounds[0], bounds[1], templates.count());
  }

  @GetMapping("/pending")
  List<Template> pending() {
    return templates.pendingApproval();
  }

  @GetMapping("/{id}")
  Template one(@PathVariable String id) {
    return desk.byId(id);
  }

  @GetMapping("/{id}/versions")
  List<Template> versions(@PathVariable String id) {
    return desk.versions(desk.byId(id).key());
  }

  @GetMapping("/{id}/preview")
  TemplatePreviews.Preview preview(@PathVariable String id) {
    return previews.of(desk.byId(id));
  }

  @PostMapping
  @Requires(Permission.AUTHOR_TEMPLATE)
  ResponseEntity<Template> create(@RequestBody TemplateForm form, Actor actor) {
    Template created = desk.create(actor, form);
    return ResponseEntity.created(URI.create("/api/v1/templates/" + created.id())).body(created);
  }

  /** Changes a draft (its author only). */
  @PutMapping("/{id}")
  @Requires(Permission.AUTHOR_TEMPLATE)
  Template edit(@PathVariable String id, @RequestBody TemplateForm form, Actor actor) {
    return desk.edit(actor, id, form);
  }

  /** A new draft version of an approved or retired one. */
  @PostMapping("/{id}/revisions")
  @Requires(Permission.AUTHOR_TEMPLATE)
  ResponseEntity<Template> revise(
      @PathVariable String id, @RequestBody TemplateForm form, Actor actor) {
    Template revised = desk.revise(actor, id, form);
    return ResponseEntity.created(URI.create("/api/v1/templates/" + revised.id())).body(revised);
  }

  @PostMapping("/{id}/submit")
  @Requires(Permission.AUTHOR_TEMPLATE)
  Template submit(@PathVariable String id, Actor actor) {
    return desk.submit(actor, id);
  }

  @PostMapping("/{id}/approve")
  @Requires(Permission.APPROVE_TEMPLATE)
  Template approve(
      @PathVariable String id, @RequestBody(required = false) Decision decision, Actor actor) {
    return desk.approve(actor, id, decision == null ? null : decision.reason());
  }

  @PostMapping("/{id}/reject")
  @Requires(Permission.APPROVE_TEMPLATE)
  Template reject(@PathVariable String id, @RequestBody Decision decision, Actor actor) {
    return desk.reject(actor, id, decision.reason());
  }

  /** Retires the template for good (no new notices from it); needs a reason. */
  @PostMapping("/{id}/retire")
  @Requires(Permission.APPROVE_TEMPLATE)
  Template retire(
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          ApiReason body,
      Actor actor) {
    return desk.retire(actor, id, ApiReason.of(body));
  }

  /**
   * Wording in a further language that cannot be used: 400, every problem in {@code detail} and,
   * one by one, in {@code problems}. Nothing was changed.
   */
  @ExceptionHandler(WordingsRefused.class)
  ProblemDetail wordingsRefused(WordingsRefused refused, Locale locale) {
    List<String> problems = refused.worded(messages, locale);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", problems));
    problem.setProperty("problems", problems);
    return problem;
  }

  @ExceptionHandler(TemplateDesk.KeyTaken.class)
  ProblemDetail keyTaken(TemplateDesk.KeyTaken taken, Locale locale) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        messages.getMessage("templates.key-taken", new Object[] {taken.key}, locale));
  }
}
