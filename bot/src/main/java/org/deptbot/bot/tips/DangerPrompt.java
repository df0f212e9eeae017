package org.deptbot.bot.tips;

import java.util.List;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.tips.Danger;
import org.deptbot.core.tips.DangerReader;

/**
 * The message a tipster gets, on its own and before anything else, when what they wrote reads like
 * danger happening now (call 911) or self-harm (988, and 911); nothing when it does not. The tip is
 * taken all the same.
 */
final class DangerPrompt {

  private DangerPrompt() {}

  /** The prompt for {@code text}, or nothing. */
  static List<Outgoing> first(ChatContext context, String text) {
    Danger danger = DangerReader.classify(text);
    if (!danger.urgent()) {
      return List.of();
    }
    String key = danger == Danger.SELF_HARM ? "tip.self-harm" : "tip.emergency";
    return context.reply(
        RichText.builder()
            .bold(context.text(key))
            .newline()
            .plain(context.text(key + ".more"))
            .build());
  }
}
