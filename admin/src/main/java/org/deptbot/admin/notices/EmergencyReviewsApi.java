package org.deptbot.admin.notices;

import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.ReviewOutcome;
import org.deptbot.core.templates.Template;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reviews}: the console's {@code /reviews} for an API client. Emergency issues
 * (notices posted without an approved template) wait for an approver's review: list them, mark one
 * reviewed, or make a template of its wording, through the same core use cases as the page and the
 * chat's card ({@link NoticeDesk}); update or cancel one as the notices API does, which an approver
 * may only for an emergency issue (the first change counts as its review).
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Requires(Permission.APPROVE_TEMPLATE)
class EmergencyReviewsApi {

  /**
   * What a review did: {@code reviewedNow} is false when someone had reviewed it first (then
   * nothing changed, and {@code notice.emergency} says who and when).
   */
  record Reviewed(Notice notice, boolean reviewedNow) {}

  /**
   * The template draft made of the notice's wording, waiting for another approver (asked again, the
   * same draft); it counted as the first review when nobody had reviewed the notice.
   */
  record Templated(Notice notice, Template template) {}

  private final NoticeDesk desk;
  private final Notices notices;
  private final NoticeForms forms;
  private final NoticeCheckTexts wording;

  EmergencyReviewsApi(
      NoticeDesk desk, Notices notices, NoticeForms forms, NoticeCheckTexts wording) {
    this.desk = desk;
    this.notices = notices;
    this.forms = forms;
    this.wording = wording;
  }

  /** The emergency issues nobody has reviewed yet, oldest first. */
  @GetMapping
  List<Notice> waiting() {
    return notices.emergenciesUnreviewed();
  }

  /** Looks right: the first review is stored and audited; a later one changes nothing. */
  @PostMapping("/{id}/reviewed")
  Reviewed reviewed(@PathVariable String id, Actor actor) {
    ReviewOutcome outcome = desk.review(actor, id);
    if (outcome instanceof ReviewOutcome.Reviewed r) {
      return new Reviewed(r.notice(), true);
    }
    if (outcome instanceof ReviewOutcome.AlreadyReviewed a) {
      return new Reviewed(a.notice(), false);
    }
    throw refusal(outcome);
  }

  /** A template draft with the notice's wording, sent for another approver's approval. */
  @PostMapping("/{id}/template")
  Templated template(@PathVariable String id, Actor actor) {
    ReviewOutcome outcome = desk.makeTemplate(actor, id);
    if (outcome instanceof ReviewOutcome.TemplateMade t) {
      return new Templated(notices.byId(id).orElse(t.notice()), t.template());
    }
    throw refusal(outcome);
  }

  /** As the notices API's update; the first change of an unreviewed one is its review. */
  @PostMapping("/{id}/update")
  Notice update(
      @PathVariable String id, @RequestBody NoticesApi.UpdateRequest request, Actor actor) {
    forms.emergencyIssue(id); // any other notice: 404
    return NoticesApi.update(forms, actor, id, request);
  }

  /** As the notices API's cancel: {@code note} shown on every post, {@code reason} audited. */
  @PostMapping("/{id}/cancel")
  Notice cancel(
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          NoticesApi.CancelRequest request,
      Actor actor) {
    forms.emergencyIssue(id); // any other notice: 404
    return NoticesApi.cancel(forms, actor, id, request);
  }

  @ExceptionHandler(NoticeBlocked.class)
  ProblemDetail blocked(NoticeBlocked blocked, Locale locale) {
    return NoticesApi.blocked(wording, blocked, locale);
  }

  /** Not an emergency issue: 409, worded like the page's; no such notice: 404. */
  private static RuntimeException refusal(ReviewOutcome outcome) {
    if (outcome instanceof ReviewOutcome.Refused r) {
      return r.refusal();
    }
    if (outcome instanceof ReviewOutcome.Unknown u) {
      return new NotFound("Notice " + u.noticeId());
    }
    return new IllegalStateException("unexpected outcome " + outcome);
  }
}
