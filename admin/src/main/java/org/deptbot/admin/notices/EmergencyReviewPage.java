package org.deptbot.admin.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.CodeTexts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews}: emergency issues (notices posted without an approved template) for approvers to
 * review: those nobody reviewed yet, then the ten latest reviewed; Looks right and Make it a
 * template go through the same core use case as the chat's card buttons.
 */
@Controller
@Requires(Permission.APPROVE_TEMPLATE)
class EmergencyReviewPage {

  private final NoticeDesk desk;
  private final Notices notices;
  private final NoticeCheckTexts wording;
  private final CodeTexts codes;
  private final TimeShown times;

  EmergencyReviewPage(
      NoticeDesk desk,
      Notices notices,
      NoticeCheckTexts wording,
      CodeTexts codes,
      TimeShown times) {
    this.desk = desk;
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
