package org.deptbot.bot.chat;

import java.util.List;
import org.deptbot.core.staff.ChatPlatform;

/**
 * A chat platform as the engine sees it: something that carries out the engine's replies. Adapters
 * also translate the platform's updates into {@link Incoming} records and hand them to {@link
 * ChatIngress}.
 */
public interface ChatAdapter {

  ChatPlatform platform();

  /**
   * Carries out the replies to {@code cause}, in order. {@code cause} is null for messages the bot
   * sends unprompted, such as a delivery receipt.
   */
  void deliver(Incoming cause, List<Outgoing> replies);
}
