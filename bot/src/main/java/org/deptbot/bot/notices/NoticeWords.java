package org.deptbot.bot.notices;

import java.util.Arrays;
import java.util.Locale;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.notices.GuardrailFinding;
import org.deptbot.core.notices.GuardrailRule;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.VariableCheck;

/**
 * Words what core reports as codes (a refused change, a value that does not fit its blank, a
 * guardrail finding) from the message bundle, so a department can adjust or translate it.
 */
class NoticeWords {

  private final Messages messages;
  private final TimeShown time;

  NoticeWords(Messages messages, TimeShown time) {
    this.messages = messages;
    this.time = time;
  }

  /** A moment as a person reads it: its day and time with the zone abbreviation. */
  String stamp(java.time.Instant at) {
    return time.stamp(at);
  }

  String refused(NoticeTransitionRefused refused) {
    Object[] arguments =
        Arrays.stream(refused.arguments())
            .map(
                a ->
                    a instanceof Enum<?> e
                        ? e.name().toLowerCase(Locale.ROOT)
                        : a instanceof java.time.Instant at ? time.stamp(at) : a)
            .toArray();
    return messages.get("notice.refused." + refused.reason().name(), arguments);
  }

  String invalid(VariableCheck.Invalid invalid) {
    return messages.get("variable.problem." + invalid.problem().name(), invalid.args());
  }

  /**
   * A finding as the dispatcher reads it. A refused match is usually a personal identifier, so its
   * digits are masked: the reply must not post it to chat again.
   */
  String finding(GuardrailFinding finding) {
    boolean refuses = finding.rule().action() == GuardrailRule.Action.REFUSE;
    String shown = refuses ? finding.matched().replaceAll("\\d", "#") : finding.matched();
    return messages.get(
        refuses ? "notice.guardrail.refuse" : "notice.guardrail.warn",
        shown,
        finding.rule().reason());
  }
}
