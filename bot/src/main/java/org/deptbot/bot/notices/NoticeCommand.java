package org.deptbot.bot.notices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.QuickForm;
import org.deptbot.core.notices.QuickFormParser;
import org.deptbot.core.notices.QuickFormResult;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.VariableCheck;
import org.deptbot.core.templates.VariableRules;

/**
 * {@code /notice}: picks an approved template and asks each blank; {@code /notice KEY name=value
 * ...} (the quick form) checks the values given and goes straight to the preview, asking only for
 * required blanks left out.
 */
class NoticeCommand implements ChatCommand {

  private final Templates templates;
  private final VariableRules rules;
  private final NoticePreviews previews;
  private final NoticeFlow flow;
  private final NoticeProblemTexts words;

  NoticeCommand(
      Templates templates,
      VariableRules rules,
      NoticePreviews previews,
      NoticeFlow flow,
      NoticeProblemTexts words) {
    this.words = words;
    this.templates = templates;
    this.rules = rules;
    this.previews = previews;
    this.flow = flow;
  }

  @Override
  public String name() {
    return "notice";
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
    if (arguments.isBlank()) {
      return pickTemplate(context);
    }
    QuickFormResult parsed = QuickFormParser.parse(arguments);
    if (parsed instanceof QuickFormResult.Invalid invalid) {
      return context.reply(RichText.plain(invalid.message()));
    }
    QuickForm form = ((QuickFormResult.Parsed) parsed).form();
    Optional<Template> template = templates.usable(form.templateKey().toLowerCase(Locale.ROOT));
    if (template.isEmpty()) {
      return context.replyWith("notice.unknown-template", form.templateKey(), keys());
    }
    Map<String, TemplateVariable> byName =
        template.get().variables().stream()
            .collect(
                Collectors.toMap(TemplateVariable::name, v -> v, (a, b) -> a, LinkedHashMap::new));
    List<String> unknown = QuickFormParser.unknownNames(form, byName.keySet());
    if (!unknown.isEmpty()) {
      return context.replyWith(
          "notice.unknown-names", String.join(", ", unknown), String.join(", ", byName.keySet()));
    }
    NoticeDraft draft =
        NoticeDraft.issue(template.get().id(), previews.defaultTargets(template.get()), Map.of())
            .withZones(previews.defaultZones(template.get()));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> typed : form.values().entrySet()) {
      TemplateVariable v = byName.get(typed.getKey().toLowerCase(Locale.ROOT));
      VariableCheck check = rules.check(v, typed.getValue());
      if (check instanceof VariableCheck.Valid valid) {
        draft = draft.withChecked(v, valid, rules.entries(v, valid, template.get()));
      } else {
        problems.add(words.invalid((VariableCheck.Invalid) check));
      }
    }
    if (!problems.isEmpty()) {
      return context.reply(
          RichText.builder()
              .bold(context.text("notice.quick-problems"))
              .newline()
              .plain(String.join("\n", problems))
              .build());
    }
    return flow.begin(context, draft, form.values().isEmpty());
  }

  private List<Outgoing> pickTemplate(ChatContext context) {
    List<Template> usable = templates.allUsable();
    if (usable.isEmpty()) {
      return context.replyWith("notice.no-templates");
    }
    List<List<Button>> rows = new ArrayList<>();
    for (Template t : usable) {
      String label = context.text("notice.category." + t.category().name()) + " · " + t.key();
      rows.add(
          List.of(
              context
                  .buttons()
                  .create(context.identity(), label, ButtonAction.command("notice", t.key()))));
    }
    return context.reply(
        RichText.builder()
            .bold(context.text("notice.pick"))
            .newline()
            .plain(context.text("notice.quick-hint"))
            .build(),
        rows);
  }

  private String keys() {
    return templates.allUsable().stream().map(Template::key).collect(Collectors.joining(", "));
  }
}
