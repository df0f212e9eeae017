package org.deptbot.admin.templates;

import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /templates}: the list, one template with its preview, history and the actions its state
 * and the reader's roles allow, and the form to draft, edit or revise. Approving and its kin are in
 * {@link TemplateReviewPage}.
 */
@Controller
@Requires({Permission.AUTHOR_TEMPLATE, Permission.APPROVE_TEMPLATE})
class TemplatesPage {

  static final int PAGE_SIZE = 25;
  private final Templates templates;
  private final TemplateDesk desk;
  private final TemplatePreviews previews;
  private final Authorization authorization;
  private final MessageSource messages;
  private final ApprovalReminders reminders;
  private final TemplateLanguages languages;

  TemplatesPage(
      Templates templates,
      TemplateDesk desk,
      TemplatePreviews previews,
      Authorization authorization,
      MessageSource messages,
      ApprovalReminders reminders,
      TemplateLanguages languages) {
    this.languages = languages;
    this.reminders = reminders;
    this.templates = templates;
    this.desk = desk;
    this.previews = previews;
    this.authorization = authorization;
    this.messages = messages;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("categories", NoticeCategory.values());
    model.addAttribute("severities", Severity.values());
    model.addAttribute("urgencies", Urgency.values());
    model.addAttribute("types", VariableType.values());
  }

  @GetMapping("/templates")
  String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
    int shown = Math.max(page, 0);
    model.addAttribute("templates", templates.page(shown, PAGE_SIZE));
    model.addAttribute("pending", templates.pendingApproval());
    model.addAttribute("page", shown);
    model.addAttribute("more", templates.count() > (long) (shown + 1) * PAGE_SIZE);
    model.addAttribute("mayAuthor", authorization.permits(actor, Permission.AUTHOR_TEMPLATE));
    return "templates/list";
  }

  @GetMapping("/templates/{id}")
  String show(@PathVariable String id, Actor actor, Model model) {
    Template template = desk.byId(id);
    String me = actor.staffId();
    boolean author = authorization.permits(actor, Permission.AUTHOR_TEMPLATE);
    TemplateStatus status = template.status();
    model.addAttribute("template", template);
    model.addAttribute("versions", desk.versions(template.key()));
    model.addAttribute("preview", previews.of(template));
    model.addAttribute("languages", languages(template));
    model.addAttribute(
        "mayEdit", status == TemplateStatus.DRAFT && author && me.equals(template.authorId()));
    model.addAttribute("maySubmit", status == TemplateStatus.DRAFT && author);
    model.addAttribute(
        "mayRevise",
        author && (status == TemplateStatus.APPROVED || status == TemplateStatus.RETIRED));
    model.addAttribute(
        "mayApprove",
        status == TemplateStatus.PENDING_APPROVAL
            && authorization.mayApproveTemplate(actor, template.authorId()));
    model.addAttribute(
        "reminders",
        status == TemplateStatus.PENDING_APPROVAL ? reminders.of(template) : List.of());
    model.addAttribute(
        "ownPending", status == TemplateStatus.PENDING_APPROVAL && me.equals(template.authorId()));
    model.addAttribute(
        "mayRetire",
        status == TemplateStatus.APPROVED
            && authorization.permits(actor, Permission.APPROVE_TEMPLATE));
    return "templates/show";
  }

  /**
   * The template's wording in each language the department speaks, side by side, the default first;
   * a language it lacks is shown as missing (its readers get the default's wording).
   */
  record LanguageWording(String name, String title, String body, boolean missing) {}

  private List<LanguageWording> languages(Template template) {
    List<String> spoken = languages.codes();
    List<LanguageWording> out = new java.util.ArrayList<>();
    for (String language : spoken) {
      String name = TemplateLanguages.name(language);
      if (language.equals(spoken.get(0))) {
        out.add(new LanguageWording(name, template.title(), template.body(), false));
      } else {
        var wording = template.wordings().get(language);
        out.add(
            wording == null
                ? new LanguageWording(name, null, null, true)
                : new LanguageWording(name, wording.title(), wording.body(), false));
      }
    }
    return out;
  }

  @GetMapping("/templates/new")
  @Requires(Permission.AUTHOR_TEMPLATE)
  String blank(Model model) {
    return form(model, TemplateForm.blank(), null, null);
  }

  @GetMapping("/templates/{id}/edit")
  @Requires(Permission.AUTHOR_TEMPLATE)
  String edit(@PathVariable String id, Model model) {
    Template template = desk.byId(id);
    return form(model, TemplateForm.of(template), template, null);
  }

  /** Saves a new draft, or with {@code preview} only shows it. */
  @PostMapping("/templates")
  @Requires(Permission.AUTHOR_TEMPLATE)
  String create(
      @ModelAttribute TemplateForm form,
      @RequestParam(required = false) String preview,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    return save(form, null, preview != null, actor, model, redirect, locale);
  }

  /** Saves a draft's changes, or makes a new version of an approved one. */
  @PostMapping("/templates/{id}")
  @Requires(Permission.AUTHOR_TEMPLATE)
  String change(
      @PathVariable String id,
      @ModelAttribute TemplateForm form,
      @RequestParam(required = false) String preview,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    return save(form, desk.byId(id), preview != null, actor, model, redirect, locale);
  }

  private String save(
      TemplateForm form,
      Template current,
      boolean previewOnly,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      if (previewOnly) {
        model.addAttribute("preview", previews.of(desk.proposed(actor.staffId(), current, form)));
        return form(model, form, current, null);
      }
      Template saved =
          current == null
              ? desk.create(actor, form)
              : current.status() == TemplateStatus.DRAFT
                  ? desk.edit(actor, current.id(), form)
                  : desk.revise(actor, current.id(), form);
      redirect.addFlashAttribute("done", say(locale, "templates.saved", saved.id()));
      return "redirect:/templates/" + saved.id();
    } catch (WordingsRefused refused) {
      return form(model, form, current, String.join(" ", refused.worded(messages, locale)));
    } catch (TemplateDesk.KeyTaken taken) {
      return form(model, form, current, say(locale, "templates.key-taken", taken.key));
    } catch (IllegalArgumentException invalid) {
      return form(model, form, current, invalid.getMessage());
    }
  }

  private String form(Model model, TemplateForm form, Template current, String problem) {
    model.addAttribute("form", form);
    model.addAttribute("spoken", languages.spoken());
    model.addAttribute("current", current);
    model.addAttribute("problem", problem);
    return "templates/form";
  }

  private String say(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
