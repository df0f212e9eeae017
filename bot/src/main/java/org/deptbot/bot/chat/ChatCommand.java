package org.deptbot.bot.chat;

import java.util.List;
import java.util.Optional;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;

/** One chat command, such as {@code /help}. One class per command. */
public interface ChatCommand {

  /** The name without the slash, lower case. */
  String name();

  /** The permission the engine checks before running it; empty when anyone may. */
  Optional<Permission> requires();

  /**
   * The permission needed for this particular use of the command, when its arguments change it (a
   * receipt key, say, proves by itself whose record it is); {@link #requires()} otherwise.
   */
  default Optional<Permission> requires(String arguments) {
    return requires();
  }

  /** Whether {@code /help} lists it for this actor. */
  default boolean offeredTo(Actor actor, Authorization authorization) {
    return requires().map(p -> authorization.permits(actor, p)).orElse(true);
  }

  /**
   * Whether the public may use it: it needs no permission, or one every member of the public holds
   * (a tip, a subscription). The platforms' menus show these to everyone and hide the others.
   */
  default boolean forThePublic(Authorization authorization) {
    return requires().map(p -> authorization.permits(Actor.publicUser(null), p)).orElse(true);
  }

  /**
   * Reached only through the buttons of another command's reply: never registered in a platform's
   * command menu, whoever may use it.
   */
  default boolean internal() {
    return false;
  }

  /**
   * For a command that works only in a private chat with the bot, the message key of what it says
   * in a group instead (the engine answers that and does nothing else); empty for one that works
   * anywhere. The platforms' group menus leave out the former.
   */
  default Optional<String> privateOnly() {
    return Optional.empty();
  }

  /** The command as typed: {@code arguments} is what follows its name. */
  List<Outgoing> handle(ChatContext context, String arguments);

  /**
   * One of this command's buttons was pressed (the engine has checked its permission as for {@link
   * #handle}). By default the same as typing it; a command whose buttons carry several arguments
   * takes them here, typed, and turns a typed line into a {@link ButtonAction.Command} through
   * {@link ButtonAction#typed(String, String)}.
   */
  default List<Outgoing> onPress(ChatContext context, ButtonAction.Command pressed) {
    return handle(context, pressed.line());
  }
}
