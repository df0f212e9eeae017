package org.deptbot.admin.templates;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.templates.Template;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

  @GetMapping("/templates/{id}/retire")
  @Requires(Permission.APPROVE_TEMPLATE)
  String confirmRetire(@PathVariable String id, Model model, Locale locale) {
    return retireStep(desk.byId(id), locale).show(model, "", "");
  }

  @PostMapping("/templates/{id}/retire")
  @Requires(Permission.APPROVE_TEMPLATE)
  String retire(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> retireStep(desk.byId(id), locale),
        response,
        model,
        why -> done(desk.retire(actor, id, why), "templates.retired", redirect, locale));
  }

  private Confirmation retireStep(Template template, Locale locale) {
    return new Confirmation(
        messages.getMessage("templates.retire-confirm.title", new Object[] {template.id()}, locale),
        List.of(
            messages.getMessage("templates.retire-confirm.what", null, locale),
            messages.getMessage("templates.retire-confirm.final", null, locale)),
        "/templates/" + template.id() + "/retire",
        messages.getMessage("templates.retire-confirm.button", null, locale),
        "/templates/" + template.id(),
        null);
  }

  private String done(Template t, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute(
        "done", messages.getMessage(key, new Object[] {t.id(), t.version()}, locale));
    return "redirect:/templates/" + t.id();
  }
}
