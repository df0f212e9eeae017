package org.deptbot.bot.approvals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;

/**
 * {@code /approvals}: each template waiting for approval, previewed with its blanks shown, with
 * Approve and Reject buttons. Approvers only; the author's own templates say so instead of offering
 * Approve. Approval covers every language: each of the department's languages is shown one after
 * the other, and a language the template lacks is named (its readers would get the default
 * language's wording).
 */
class ApprovalsCommand implements ChatCommand {

  private final Templates templates;
  private final TemplateSamples samples;
  private final Departments departments;

  ApprovalsCommand(Templates templates, TemplateSamples samples, Departments departments) {
    this.templates = templates;
    this.samples = samples;
    this.departments = departments;
  }

  @Override
  public String name() {
    return "approvals";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("approvals.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.APPROVE_TEMPLATE);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    List<Template> pending = templates.pendingApproval();
    if (pending.isEmpty()) {
      return context.replyWith("approvals.none");
    }
    String me = context.actor().staffId();
    List<Outgoing> out = new ArrayList<>(context.replyWith("approvals.count", pending.size()));
    for (Template template : pending) {
      var buttons =
          template.authorId().equals(me)
              ? List.<Button>of()
              : List.of(
                  context.button("button.approve", ButtonAction.command("approve", template.id())),
                  context.button("button.reject", ButtonAction.command("reject", template.id())));
      out.addAll(
          context.reply(
              preview(context, template, me), buttons.isEmpty() ? List.of() : List.of(buttons)));
    }
    return out;
  }

  private RichText preview(ChatContext context, Template template, String me) {
    Map<String, String> sample = samples.of(template);
    var text =
        RichText.builder()
            .bold(
                context.text(
                    "approvals.heading", template.key(), template.version(), template.category()))
            .newline()
            .plain(context.text("approvals.author", template.authorId()))
            .newline();
    List<String> languages =
        departments
            .current()
            .map(Department::languages)
            .orElse(List.of(Department.DEFAULT_LANGUAGE));
    boolean several = languages.size() > 1;
    for (String language : languages) {
      if (several && !template.speaks(language, languages.get(0))) {
        continue;
      }
      TemplateWording wording = template.wordingIn(language);
      text.newline();
      if (several) {
        text.italic(context.text("approvals.language", named(language))).newline();
      }
      text.bold(shown(wording.title()))
          .newline()
          .plain(shown(wording.body()))
          .newline()
          .newline()
          .italic(context.text("approvals.sample"))
          .newline()
          .bold(TemplateText.render(wording.title(), BlankValues.in(language, sample)))
          .newline()
          .plain(TemplateText.render(wording.body(), BlankValues.in(language, sample)))
          .newline();
    }
    List<String> missing = template.missingLanguages(languages);
    if (!missing.isEmpty()) {
      text.newline()
          .plain(
              context.text(
                  "approvals.missing-language",
                  String.join(", ", missing.stream().map(ApprovalsCommand::named).toList()),
                  named(languages.get(0))))
          .newline();
    }
    text.newline().italic(context.text("approvals.blanks"));
    for (TemplateVariable v : template.variables()) {
      text.newline()
          .code("[" + v.name() + "]")
          .plain(
              " "
                  + v.label()
                  + " ("
                  + v.type().name().toLowerCase()
                  + (v.required() ? "" : ", optional")
                  + ")");
    }
    if (template.authorId().equals(me)) {
      text.newline().newline().plain(context.text("approvals.own"));
    }
    return text.build();
  }

  /** A language's name in English ("Spanish"), the staff's language. */
  static String named(String language) {
    String name =
        java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
    return name.isBlank() ? language : name;
  }

  /** Blanks shown as [name], so the approver reads the wording as a reader would, with gaps. */
  private static String shown(String wording) {
    return wording.replaceAll("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}", "[$1]");
  }
}
