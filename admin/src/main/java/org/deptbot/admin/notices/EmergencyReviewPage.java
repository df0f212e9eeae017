package org.deptbot.admin.notices;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deptbot.admin.console.CodeTexts;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.ReviewOutcome;
import org.deptbot.core.templates.TimeShown;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews}: emergency issues (notices posted without an approved template) for approvers to
 * review: those nobody reviewed yet, then the ten latest reviewed; Looks right, Update, Cancel
 * notice and Make it a template, as on the chat's review card and through the same core use cases
 * ({@link NoticeDesk}; updating and cancelling through the console's notice forms, whose desk lets
 * an approver change an emergency issue and counts it as the first review). Cancelling asks for a
 * short public reason, shown on every post, and why, for the audit log. The chat's cards are
 * redrawn by the bot's card round once the notice is reviewed.
 */
@Controller
@Requires(Permission.APPROVE_TEMPLATE)
class EmergencyReviewPage {

  private final NoticeDesk desk;
  private final NoticeForms forms;
  private final Notices notices;
  private final NoticeCheckTexts wording;
  private final CodeTexts codes;
  private final TimeShown times;

  EmergencyReviewPage(
      NoticeDesk desk,
      NoticeForms forms,
      Notices notices,
      NoticeCheckTexts wording,
      CodeTexts codes,
      TimeShown times) {
    this.desk = desk;
    this.forms = forms;
    this.notices = notices;
    this.wording = wording;
    this.codes = codes;
    this.times = times;
  }

  @GetMapping("/reviews")
  String list(Model model) {
    List<Notice> shown = new ArrayList<>(notices.emergenciesUnreviewed());
    notices.page(0, 50).stream()
        .filter(n -> n.emergencyIssue() && n.emergency().reviewed())
        .limit(10)
        .forEach(shown::add);
    model.addAttribute("notices", shown);
    return "notices/review";
  }

  @PostMapping("/reviews/{id}/reviewed")
  String reviewed(
      @PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
    return said(desk.review(actor, id), redirect, locale);
  }

  @PostMapping("/reviews/{id}/template")
  String template(
      @PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
    return said(desk.makeTemplate(actor, id), redirect, locale);
  }

  @GetMapping("/reviews/{id}/update")
  String updateForm(@PathVariable String id, Model model) {
    Notice notice = forms.emergencyIssue(id);
    model.addAttribute("basedOn", notice.latest().number());
    return NoticePage.showUpdateForm(
        model, forms, wording, notice, notice.latest().values(), "", null, null, base(id));
  }

  /** As the notice page's update: previewed first, then stored; the first change is a review. */
  @PostMapping("/reviews/{id}/update")
  String update(
      @PathVariable String id,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) String save,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Notice notice = forms.emergencyIssue(id);
    Map<String, String> values = NoticesPage.values(params);
    String note = params.getOrDefault("note", "");
    Integer basedOn = NoticePage.revision(params.get("revision"));
    model.addAttribute("basedOn", basedOn == null ? notice.latest().number() : basedOn);
    if (save == null) {
      return NoticePage.showUpdateForm(
          model,
          forms,
          wording,
          notice,
          values,
          note,
          forms.previewUpdate(notice, values, note),
          locale,
          base(id));
    }
    try {
      Notice updated =
          forms.update(actor, id, basedOn, values, note, params.containsKey("checked"));
      redirect.addFlashAttribute("done", wording.say(locale, "reviews.updated", updated.id()));
      return "redirect:/reviews";
    } catch (NoticeBlocked blocked) {
      model.addAttribute("problem", wording.say(locale, "notices.not-updated"));
      return NoticePage.showUpdateForm(
          model, forms, wording, notice, values, note, blocked.check, locale, base(id));
    }
  }

  @GetMapping("/reviews/{id}/cancel")
  String confirmCancel(@PathVariable String id, Model model, Locale locale) {
    Notice notice = forms.emergencyIssue(id);
    if (!notice.status().open()) {
      return "redirect:/reviews";
    }
    return cancelStep(notice, locale).show(model, "", "");
  }

  /**
   * Cancels the notice with a public reason ({@code note}, shown on every post) and why ({@code
   * reason}, into the audit entry with who gave it); without either, the step is shown again (400)
   * and nothing changes.
   */
  @PostMapping("/reviews/{id}/cancel")
  String cancel(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String reason,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    Notice notice = forms.emergencyIssue(id);
    String noteProblem = publicReasonProblem(note);
    if (noteProblem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("reasonProblem", noteProblem);
      return cancelStep(notice, locale).show(model, reason, note);
    }
    return Confirmation.withReason(
        reason,
        note,
        () -> cancelStep(notice, locale),
        response,
        model,
        why -> {
          Notice cancelled = forms.cancel(actor, id, note.strip(), why);
          redirect.addFlashAttribute(
              "done", wording.say(locale, "reviews.cancelled", cancelled.id()));
          return "redirect:/reviews";
        });
  }

  /** The longest public reason taken: it is shown on every post, so a line, not a paragraph. */
  static final int MAX_PUBLIC_REASON = 200;

  private static String publicReasonProblem(String note) {
    if (note == null || note.isBlank()) {
      return "reviews.cancel.note-needed";
    }
    return note.strip().length() > MAX_PUBLIC_REASON ? "reviews.cancel.note-too-long" : null;
  }

  private Confirmation cancelStep(Notice notice, Locale locale) {
    return new Confirmation(
        wording.say(locale, "notices.cancel-confirm.title", notice.id()),
        List.of(
            wording.say(locale, "notices.cancel-confirm.posts", notice.id()),
            wording.say(locale, "reviews.cancel.counts"),
            wording.say(locale, "notices.cancel-confirm.final")),
        base(notice.id()) + "/cancel",
        wording.say(locale, "notices.cancel-confirm.button", notice.id()),
        "/reviews",
        wording.say(locale, "reviews.cancel.note"));
  }

  private static String base(String id) {
    return "/reviews/" + id;
  }

  private String said(ReviewOutcome outcome, RedirectAttributes redirect, Locale locale) {
    if (outcome instanceof ReviewOutcome.Reviewed r) {
      redirect.addFlashAttribute("done", wording.say(locale, "reviews.reviewed", r.notice().id()));
    } else if (outcome instanceof ReviewOutcome.AlreadyReviewed a) {
      redirect.addFlashAttribute(
          "done",
          wording.say(
              locale,
              "reviews.already-reviewed",
              a.notice().id(),
              codes.member(a.notice().emergency().reviewedBy()),
              times.stamp(a.notice().emergency().reviewedAt())));
    } else if (outcome instanceof ReviewOutcome.TemplateMade t) {
      redirect.addFlashAttribute(
          "done",
          wording.say(locale, "reviews.template-made", t.template().key(), t.notice().id()));
    } else if (outcome instanceof ReviewOutcome.Refused r) {
      redirect.addFlashAttribute(
          "problem",
          wording.say(
              locale, "notice.refused." + r.refusal().reason().name(), r.refusal().arguments()));
    } else {
      throw new NotFound("Notice " + ((ReviewOutcome.Unknown) outcome).noticeId());
    }
    return "redirect:/reviews";
  }
}
