package org.deptbot.admin.templates;

import java.util.Locale;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.templates.Template;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on a template's page: submit for approval, approve, reject with a reason, retire. The
 * core refuses an author approving their own template; the refusal page says why.
 */
@Controller
class TemplateReviewPage {

  private final TemplateDesk desk;
  private final MessageSource messages;

  TemplateReviewPage(TemplateDesk desk, MessageSource messages) {
    this.desk = desk;
    this.messages = messages;
  }

  @PostMapping("/templates/{id}/submit")
  @Requires(Permission.AUTHOR_TEMPLATE)
  String submit(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
    return done(desk.submit(actor, id), "templates.submitted", redirect, locale);
  }

  @PostMapping("/templates/{id}/approve")
  @Requires(Permission.APPROVE_TEMPLATE)
  String approve(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
    return done(desk.approve(actor, id, null), "templates.approved", redirect, locale);
  }

  @PostMapping("/templates/{id}/reject")
  @Requires(Permission.APPROVE_TEMPLATE)
  String reject(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Actor actor,
      RedirectAttributes redirect,
      Locale locale) {
    return done(desk.reject(actor, id, reason), "templates.rejected", redirect, locale);
  }

  @PostMapping("/templates/{id}/retire")
  @Requires(Permission.APPROVE_TEMPLATE)
  String retire(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Actor actor,
      RedirectAttributes redirect,
      Locale locale) {
    String why = reason.isBlank() ? null : reason.strip();
    return done(desk.retire(actor, id, why), "templates.retired", redirect, locale);
  }

  private String done(Template t, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute(
        "done", messages.getMessage(key, new Object[] {t.id(), t.version()}, locale));
    return "redirect:/templates/" + t.id();
  }
}
