package org.deptbot.bot.approvals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.templates.TemplateTransitionRefused;

/** Words a refused template change for chat, from the message bundle. */
final class Refusals {

  private Refusals() {}

  static List<Outgoing> answer(ChatContext context, TemplateTransitionRefused refused) {
    Object[] arguments =
        Arrays.stream(refused.arguments())
            .map(
                a ->
                    a instanceof Enum<?> e
                        ? e.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        : a)
            .toArray();
    return context.replyWith("template.refused." + refused.reason().name(), arguments);
  }
}
