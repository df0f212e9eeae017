package org.deptbot.bot.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.QuickForm;
import org.deptbot.core.notices.QuickFormParser;
import org.deptbot.core.notices.QuickFormResult;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.VariableCheck;
import org.deptbot.core.templates.VariableRules;

/**
 * {@code /notice_update ID}: asks which blank to change, or takes {@code name=value} pairs at once,
 * then previews the post with its UPDATED line; on Confirm every post is edited in place.
 */
class NoticeUpdateCommand implements ButtonCommand {

  private final NoticeDesk desk;
  private final Templates templates;
  private final VariableRules rules;
  private final NoticeFlow flow;
  private final NoticeProblemTexts words;

  NoticeUpdateCommand(
      NoticeDesk desk,
      Templates templates,
      VariableRules rules,
      NoticeFlow flow,
      NoticeProblemTexts words) {
    this.words = words;
    this.desk = desk;
    this.templates = templates;
    this.rules = rules;
    this.flow = flow;
  }

  @Override
  public String name() {
    return "notice_update";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("notice.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.ISSUE_NOTICE);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 2);
    Optional<Notice> notice = NoticeArguments.activeNotice(context, desk, parts[0]);
    if (notice.isEmpty()) {
      return NoticeArguments.explainMissing(context, desk, parts[0], "notice_update");
    }
    Template template = desk.templateOf(notice.get());
    NoticeDraft draft =
        NoticeDraft.update(
            notice.get().id(),
            notice.get().latest().number(),
            template.id(),
            notice.get().latest().values());
    if (notice.get().scheduled()) {
      draft = draft.ofScheduled(notice.get().scheduledFor());
    }
    if (parts.length == 1 || parts[1].isBlank()) {
      return flow.chooseBlank(context, template, draft);
    }
    QuickFormResult parsed = QuickFormParser.parse(template.key() + " " + parts[1]);
    if (parsed instanceof QuickFormResult.Invalid invalid) {
      return context.reply(RichText.plain(invalid.message()));
    }
    QuickForm form = ((QuickFormResult.Parsed) parsed).form();
    List<String> problems = new ArrayList<>();
    for (var entry : form.values().entrySet()) {
      String name = entry.getKey().toLowerCase(Locale.ROOT);
      Optional<TemplateVariable> variable =
          template.variables().stream().filter(v -> v.name().equals(name)).findFirst();
      if (variable.isEmpty()) {
        problems.add(context.text("notice.no-such-blank", name));
        continue;
      }
      VariableCheck check = rules.check(variable.get(), entry.getValue());
      if (check instanceof VariableCheck.Valid valid) {
        draft =
            draft.withChecked(
                variable.get(), valid, rules.entries(variable.get(), valid, template));
      } else {
        problems.add(words.invalid((VariableCheck.Invalid) check));
      }
    }
    if (!problems.isEmpty()) {
      return context.reply(RichText.plain(String.join("\n", problems)));
    }
    return flow.begin(context, draft, false);
  }
}
