package org.deptbot.bot.chat;

import java.util.Objects;

/**
 * Something a person did in chat, translated from a platform's update by its adapter.
 *
 * <p>{@link #updateKey()} is the platform's own id for the update (such as {@code
 * telegram:123456}); the engine stores it with a unique index so a redelivered update is handled
 * once.
 */
public sealed interface Incoming {

  String updateKey();

  ChatUser from();

  ChatTarget chat();

  /** A text message; commands are text messages that start with {@code /}. */
  record TextMessage(String updateKey, ChatUser from, ChatTarget chat, String text)
      implements Incoming {
    public TextMessage {
      Objects.requireNonNull(updateKey, "updateKey");
      text = text == null ? "" : text;
    }
  }

  /**
   * A press of one of the bot's buttons.
   *
   * @param buttonId the opaque id the engine gave the button
   * @param messageId the platform id of the message the button was on, for editing it
   * @param pressId the platform id of the press, to answer it (Telegram's callback query id)
   */
  record ButtonPress(
      String updateKey,
      ChatUser from,
      ChatTarget chat,
      String buttonId,
      String messageId,
      String pressId)
      implements Incoming {}

  /** A file or picture sent to the bot, with its bytes (platform links expire). */
  record AttachmentMessage(
      String updateKey, ChatUser from, ChatTarget chat, Attachment attachment, String caption)
      implements Incoming {}

  /** A file's name, media type and content. */
  record Attachment(String fileName, String mediaType, byte[] bytes) {}
}
