package org.deptbot.admin.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.notices.GuardrailFinding;
import org.deptbot.core.notices.GuardrailRule;
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
