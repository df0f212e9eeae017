package org.deptbot.bot.welcome;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.springframework.beans.factory.ObjectProvider;

/** {@code /help}: the commands this person may use, as their roles allow. */
class HelpCommand implements ChatCommand {

  // a provider: the engine is built from the commands, this one included
  private final ObjectProvider<ChatEngine> engine;
  private final Authorization authorization;

  HelpCommand(ObjectProvider<ChatEngine> engine, Authorization authorization) {
    this.engine = engine;
    this.authorization = authorization;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty();
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    var text = RichText.builder().bold(context.text("help.title"));
    engine.getObject().commands().stream()
        .filter(c -> c.offeredTo(context.actor(), authorization))
        .forEach(
            c ->
                text.newline()
                    .code("/" + c.name())
                    .plain(" – " + context.text("help.command." + c.name())));
    return context.reply(text.newline().newline().plain(context.text("help.more")).build());
  }
}
