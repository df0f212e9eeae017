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
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code /approvals}: each template waiting for approval, previewed with its blanks shown, with
 * Approve and Reject buttons. Approvers only; the author's own templates say so instead of offering
 * Approve.
 */
@Component
@Order(20)
class ApprovalsCommand implements ChatCommand {

  private final Templates templates;
  private final TemplateSamples samples;

  ApprovalsCommand(Templates templates, TemplateSamples samples) {
    this.templates = templates;
    this.samples = samples;
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
            .newline()
            .newline()
            .bold(shown(template.title()))
            .newline()
            .plain(shown(template.body()))
            .newline()
            .newline()
            .italic(context.text("approvals.sample"))
            .newline()
            .bold(TemplateText.render(template.title(), sample))
            .newline()
            .plain(TemplateText.render(template.body(), sample))
            .newline()
            .newline()
            .italic(context.text("approvals.blanks"));
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

  /** Blanks shown as [name], so the approver reads the wording as a reader would, with gaps. */
  private static String shown(String wording) {
    return wording.replaceAll("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}", "[$1]");
  }
}
