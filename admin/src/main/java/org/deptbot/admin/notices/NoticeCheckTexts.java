package org.deptbot.admin.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.deptbot.core.notices.EveryLanguagePost;
import org.deptbot.core.notices.GuardrailFinding;
import org.deptbot.core.notices.GuardrailRule;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a {@link NoticeCheck} found, in the console's words: each bad blank, each guardrail finding
 * (a refused match, usually a personal identifier, with its digits masked), each platform a post is
 * too long for.
 */
@Component
class NoticeCheckTexts {

  private final MessageSource messages;

  NoticeCheckTexts(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * One line per further language whose post uses some free-text answers as typed ("The Español
   * post uses your answers to “Why” as typed."), under a preview; none while a blank is wrong.
   */
  List<String> asTyped(Template template, NoticeCheck check, Locale locale) {
    List<String> out = new ArrayList<>();
    if (check == null || check.post() == null) {
      return out;
    }
    for (String language : new TreeSet<>(template.wordings().keySet())) {
      List<String> labels =
          BlankValues.usedAsTyped(template, check.values(), language).stream()
              .map(v -> say(locale, "notices.quoted", v.label()))
              .toList();
      if (!labels.isEmpty()) {
        out.add(
            say(
                locale,
                "notices.as-typed",
                EveryLanguagePost.heading(language),
                String.join(", ", labels)));
      }
    }
    return out;
  }

  List<String> problems(NoticeCheck check, Locale locale) {
    List<String> out = new ArrayList<>();
    check
        .invalid()
        .forEach(
            (name, invalid) ->
                out.add(
                    say(locale, "notices.problem." + invalid.problem().name(), invalid.args())));
    if (check.photoNeeded()) {
      out.add(say(locale, "notices.photo-needed"));
    }
    for (GuardrailFinding f : check.findings()) {
      boolean refuses = f.rule().action() == GuardrailRule.Action.REFUSE;
      String shown = refuses ? f.matched().replaceAll("\\d", "#") : f.matched();
      out.add(
          say(
              locale,
              refuses ? "notices.guardrail.refuse" : "notices.guardrail.warn",
              shown,
              f.rule().reason()));
    }
    for (NoticeCheck.Fit fit : check.fits()) {
      fit.over()
          .forEach(
              o ->
                  out.add(
                      say(
                          locale,
                          "notices.too-long",
                          say(locale, "preview." + fit.platform().name().toLowerCase(Locale.ROOT)),
                          o.length(),
                          o.limit())));
    }
    return out;
  }

  String say(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
