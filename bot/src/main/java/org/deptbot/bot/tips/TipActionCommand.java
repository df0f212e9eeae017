package org.deptbot.bot.tips;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipTransitionRefused;

/**
 * {@code /tip_act ID ack|ask|close}, behind the tip card's buttons, for the tips desk. Asking takes
 * the question in a short follow-up; the bot relays it to the tipster, whoever they are.
 */
class TipActionCommand implements ButtonCommand, ChatFlow {

  static final String NAME = "tip_act"; // the command's flow shares its name

  private final TipDesk desk;
  private final Conversations conversations;

  TipActionCommand(TipDesk desk, Conversations conversations) {
    this.desk = desk;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty(); // the desk role is checked below
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    return onPress(context, ButtonAction.typed(name(), arguments));
  }

  @Override
  public List<Outgoing> onPress(ChatContext context, ButtonAction.Command pressed) {
    String tipId = pressed.argument(0);
    String verb = pressed.argument(1);
    if (!desk.onDesk(context.actor()) || verb == null) {
      return context.replyWith("not-permitted");
    }
    Optional<Tip> found = desk.forDesk(context.actor(), tipId);
    if (found.isEmpty()) {
      return context.replyWith("tip.unknown", tipId);
    }
    Tip t = found.get();
    String action = verb.toLowerCase(Locale.ROOT);
    try {
      return switch (action) {
        case "ack" -> context.replyWith("tip.done.ack", desk.acknowledge(context.actor(), t).id());
        case "close" -> context.replyWith("tip.done.close", desk.close(context.actor(), t).id());
        case "ask" -> {
          conversations.begin(context.identity(), NAME, "ask", Map.of("tip", t.id()));
          yield context.replyWith("tip.ask-question", t.id());
        }
        default -> context.replyWith("case.unknown-action", action);
      };
    } catch (TipTransitionRefused refused) {
      return refusal(context, refused);
    }
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    Optional<Tip> found = desk.forDesk(context.actor(), conversation.data().get("tip"));
    if (found.isEmpty()) {
      conversations.end(context.identity());
      return context.replyWith("not-permitted");
    }
    try {
      Tip asked = desk.ask(context.actor(), found.get(), text.strip());
      conversations.end(context.identity());
      return context.replyWith("tip.done.ask", asked.id());
    } catch (TipTransitionRefused refused) {
      if (refused.reason() != TipTransitionRefused.Reason.NOTE_NEEDED) {
        conversations.end(context.identity());
      }
      return refusal(context, refused);
    }
  }

  static List<Outgoing> refusal(ChatContext context, TipTransitionRefused refused) {
    return context.refusal("tip.refused.", refused);
  }
}
