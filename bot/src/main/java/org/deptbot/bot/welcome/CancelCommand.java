package org.deptbot.bot.welcome;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;

/** {@code /cancel}: leaves whatever guided flow the user is in. */
class CancelCommand implements ChatCommand {

  private final Conversations conversations;

  CancelCommand(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "cancel";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty();
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    boolean ended = conversations.end(context.identity());
    return context.replyWith(ended ? "cancel.done" : "cancel.nothing");
  }
}
