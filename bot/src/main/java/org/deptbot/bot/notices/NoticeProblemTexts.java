package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
class NoticeProblemTexts {

  private final Messages messages;
  private final TimeShown time;
  private final Clock clock;

  NoticeProblemTexts(Messages messages, TimeShown time, Clock clock) {
    this.messages = messages;
    this.time = time;
    this.clock = clock;
  }

  /** The department's zone abbreviation as it is now ({@code CST}), for "times are in CST". */
  String zone() {
    String shown = time.clockTime(clock.instant());
    return shown.substring(shown.indexOf(' ') + 1);
  }

  /** A time to act by or wait for: the time with the zone today, with the day otherwise. */
  String deadline(Instant at) {
    return time.deadline(at);
  }

  /** How long until {@code at}, rounded down to the minute: "2 h 10 min", "1 d 3 h", "5 min". */
  String countdown(Instant at) {
    long minutes = Math.max(0, Duration.between(clock.instant(), at).toMinutes());
    if (minutes < 1) {
      return messages.get("notice.countdown.soon");
    }
    if (minutes < 60) {
      return messages.get("notice.countdown.minutes", minutes);
    }
    if (minutes < 24 * 60) {
      return messages.get("notice.countdown.hours", minutes / 60, minutes % 60);
    }
    return messages.get("notice.countdown.days", minutes / (24 * 60), (minutes / 60) % 24);
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
