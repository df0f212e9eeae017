package org.deptbot.bot.chat;

/**
 * What became of one message the bot sent unprompted to one chat, as the platform answered: the
 * notifiers act on it (another chat of the same person, the next handler, the console).
 */
public sealed interface SendOutcome {

  /**
   * The platform took the message; {@code messageId} is its id (of the last part, which carries the
   * buttons, when the text was split), or null when the platform gives none.
   */
  record Delivered(String messageId) implements SendOutcome {}

  /**
   * The platform refused it for good: the person blocked the bot (Telegram 403), closed their
   * direct messages (Discord 50007), or the chat is gone. Sending the same again cannot help.
   * {@code why} is the platform's answer, for the log of a staff member's chat only.
   */
  record Refused(String why) implements SendOutcome {}

  /** The platform could not be reached or failed on its side (5xx, network): try again later. */
  record Unreachable(String why) implements SendOutcome {}

  default boolean delivered() {
    return this instanceof Delivered;
  }

  default boolean refused() {
    return this instanceof Refused;
  }
}
