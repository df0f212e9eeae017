package org.deptbot.admin.notices;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.deptbot.admin.console.Confirmation.MAX_REASON;
import static org.deptbot.admin.console.Confirmation.WHY;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deptbot.admin.console.ApiPage;
import org.deptbot.admin.console.ApiReason;
import org.deptbot.admin.console.BadInput;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notices}: issue (idempotent on {@code draftId}), preview, history, status per
 * target, update, cancel and CAP documents, with the same checks as the pages. A blocked notice is
 * a 422 problem listing what to fix.
 */
@RestController
@RequestMapping("/api/v1/notices")
@Requires(Permission.ISSUE_NOTICE)
class NoticesApi {

  /**
   * A notice to issue or preview; {@code draftId} makes sending it twice issue it once. {@code
   * zones} are zone ids from the seed file, none (or absent) for the whole area; an unknown one is
   * refused with 400, as the console's form would.
   */
  record IssueRequest(
      String draftId,
      String template,
      @Schema(description = VALUES) Map<String, String> values,
      List<String> targets,
      NoticeMode mode,
      boolean warningsChecked,
      @Schema(description = "zone ids; none for the whole area") List<String> zones) {}

  /**
   * An update: new values (only those that change) and the line that says what changed. {@code
   * revision} is the revision it was made on, and when given, an update of a notice that has moved
   * on since (or the same request sent twice) is refused with 409. A blank whose answer changes
   * loses its own answer in a further language unless that is given anew.
   */
  record UpdateRequest(
      Integer revision,
      @Schema(description = VALUES) Map<String, String> values,
      String note,
      boolean warningsChecked) {}

  private static final String VALUES =
      "answers by blank name; a free-text blank's own answer in a further language as"
          + " name@code (why@es), else that language's post uses the default answer as typed";

  /** A cancellation: {@code note} is shown on every post, {@code reason} is for the audit log. */
  record CancelRequest(
      String note,
      @Schema(requiredMode = REQUIRED, maxLength = MAX_REASON, description = WHY) String reason) {}

  /** A notice with its post as it reads now and its deliveries per revision. */
  record NoticeView(Notice notice, NoticeText post, List<DeliveryStatus.Revision> deliveries) {}

  /** What a preview found: the post, and what stops or questions it. */
  record PreviewView(NoticeText post, boolean blocked, boolean warns, List<String> problems) {}

  private final Notices notices;
  private final Templates templates;
  private final NoticeForms desk;
  private final NoticeTexts texts;
  private final DeliveryStatus status;
  private final NoticeCheckTexts wording;
  private final CapDocuments cap;

  NoticesApi(
      Notices notices,
      Templates templates,
      NoticeForms desk,
      NoticeTexts texts,
      DeliveryStatus status,
      NoticeCheckTexts wording,
      CapDocuments cap) {
    this.notices = notices;
    this.templates = templates;
    this.desk = desk;
    this.texts = texts;
    this.status = status;
    this.wording = wording;
    this.cap = cap;
  }

  @GetMapping
  ApiPage<Notice> history(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    int[] bounds = ApiPage.bounded(page, size);
    return new ApiPage<>(notices.page(bounds[0], bounds[1]), bounds[0], bounds[1], notices.count());
  }

  /** The templates a notice can be issued from now. */
  @GetMapping("/templates")
  List<Template> usableTemplates() {
    return templates.allUsable();
  }

  @GetMapping("/{id}")
  NoticeView one(@PathVariable String id) {
    Notice notice = desk.byId(id);
    return new NoticeView(notice, texts.of(notice), status.of(notice));
  }

  @PostMapping("/preview")
  PreviewView preview(@RequestBody IssueRequest request, Locale locale) {
    NoticeForms.Issue issue = issue(request);
    desk.zonesOf(issue);
    NoticeCheck check = desk.preview(desk.usable(request.template()), issue);
    return new PreviewView(
        check.post(), check.blocked(), check.warns(), wording.problems(check, locale));
  }

  @PostMapping
  ResponseEntity<NoticeView> issue(@RequestBody IssueRequest request, Actor actor) {
    Notice notice = desk.issue(actor, desk.usable(request.template()), issue(request));
    return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id()))
        .body(new NoticeView(notice, texts.of(notice), status.of(notice)));
  }

  @PostMapping("/{id}/update")
  Notice update(@PathVariable String id, @RequestBody UpdateRequest request, Actor actor) {
    return update(desk, actor, id, request);
  }

  /** An update as the API takes it (here and for approvers on {@code /api/v1/reviews}). */
  static Notice update(NoticeForms desk, Actor actor, String id, UpdateRequest request) {
    Map<String, String> values = request.values() == null ? Map.of() : request.values();
    return desk.update(
        actor, id, request.revision(), values, request.note(), request.warningsChecked());
  }

  /** A cancellation as the API takes it: without a reason, 400 and nothing changes. */
  static Notice cancel(NoticeForms desk, Actor actor, String id, CancelRequest request) {
    String reason = Confirmation.requiredOf(request == null ? null : request.reason());
    return desk.cancel(actor, id, request.note(), reason);
  }

  /** The person is found: every post is replaced by a short thank-you without their details. */
  @PostMapping("/{id}/found")
  Notice found(
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          ApiReason body,
      Actor actor,
      java.util.Locale locale) {
    String reason = ApiReason.of(body);
    return desk.found(
        actor,
        id,
        wording.say(locale, "notice.found.title"),
        wording.say(locale, "notice.found.body"),
        reason);
  }

  @PostMapping("/{id}/cancel")
  Notice cancel(
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          CancelRequest request,
      Actor actor) {
    return cancel(desk, actor, id, request);
  }

  @GetMapping(value = "/{id}/revisions/{revision}/cap", produces = "application/cap+xml")
  ResponseEntity<String> capDocument(@PathVariable String id, @PathVariable int revision) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/cap+xml"))
        .body(cap.of(desk.byId(id), revision));
  }

  @ExceptionHandler(NoticeBlocked.class)
  ProblemDetail blocked(NoticeBlocked blocked, Locale locale) {
    return blocked(wording, blocked, locale);
  }

  /** 422 with what stopped the notice, and whether checking the warnings would let it go. */
  static ProblemDetail blocked(NoticeCheckTexts wording, NoticeBlocked blocked, Locale locale) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY, wording.say(locale, "notices.not-issued"));
    problem.setProperty("problems", wording.problems(blocked.check, locale));
    problem.setProperty("warningsToCheck", blocked.check.warns() && !blocked.check.blocked());
    return problem;
  }

  /**
   * The form of an API request. {@code TEST} is refused (400): only the seed file's scheduled test
   * messages go out in that mode, to the subscribers who asked for them.
   */
  private static NoticeForms.Issue issue(IssueRequest request) {
    if (request.mode() == NoticeMode.TEST) {
      throw new BadInput("notices.test-mode-refused");
    }
    return new NoticeForms.Issue(
        request.draftId(),
        request.values() == null ? Map.of() : request.values(),
        request.targets() == null ? List.of() : request.targets(),
        request.mode() == null ? NoticeMode.LIVE : request.mode(),
        request.warningsChecked(),
        request.zones());
  }
}
