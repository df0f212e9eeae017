package org.deptbot.bot.chat;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;

/**
 * A command reached through the buttons of another command's reply (Approve, Cancel the notice,
 * Acknowledge), or typed by someone who knows it: {@code /help} and the platforms' command menus
 * leave it out. The engine still checks its permission.
 */
public interface ButtonCommand extends ChatCommand {

  @Override
  default boolean offeredTo(Actor actor, Authorization authorization) {
    return false;
  }

  @Override
  default boolean internal() {
    return true;
  }
}
