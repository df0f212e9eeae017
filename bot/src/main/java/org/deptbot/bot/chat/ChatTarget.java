package org.deptbot.bot.chat;

import java.util.Objects;
import org.deptbot.core.staff.ChatPlatform;

/**
 * A conversation on a platform: a private chat with one user, or a group or channel.
 *
 * @param platform where it is
 * @param chatId the platform's id of the chat
 * @param privateChat whether only the bot and one user are in it
 */
public record ChatTarget(ChatPlatform platform, String chatId, boolean privateChat) {

  public ChatTarget {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
  }
}
