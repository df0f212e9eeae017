package org.deptbot.bot.approvals;

import java.util.List;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.templates.TemplateTransitionRefused;

/** Words a refused template change for chat, from the message bundle. */
final class TemplateRefusalTexts {

  private TemplateRefusalTexts() {}

  static List<Outgoing> answer(ChatContext context, TemplateTransitionRefused refused) {
    return context.refusal("template.refused.", refused);
  }
}
