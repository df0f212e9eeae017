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

  /**
   * A text message; commands are text messages that start with {@code /}.
   *
   * @param replyTo the platform's id of the bot's message this one replies to (Telegram's {@code
   *     reply_to_message}, a Discord message reference), or null when it replies to none
   */
  record TextMessage(String updateKey, ChatUser from, ChatTarget chat, String text, String replyTo)
      implements Incoming {
    public TextMessage {
      Objects.requireNonNull(updateKey, "updateKey");
      text = text == null ? "" : text;
    }

    /** A message that replies to no other. */
    public TextMessage(String updateKey, ChatUser from, ChatTarget chat, String text) {
      this(updateKey, from, chat, text, null);
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

  /**
   * A file's name, media type and content.
   *
   * <p>A platform that only refers to the file in its update (Telegram) gives {@code fileId}, its
   * handle for the file, and null {@code bytes}; the adapter fetches them when the stored update is
   * handled ({@link ChatAdapter#fetch}), so the engine sees bytes. Empty {@code bytes} mean the
   * platform would not hand the file over: {@code size} then tells a file too big to download (over
   * the platform's limit) from one that could not be read.
   *
   * @param bytes the content; null while not fetched yet, empty when it cannot be had
   * @param size the size the platform declared, in bytes (0 when it did not say)
   * @param fileId the platform's handle for fetching the bytes, or null
   */
  record Attachment(String fileName, String mediaType, byte[] bytes, long size, String fileId) {

    /** A file that came with its bytes. */
    public Attachment(String fileName, String mediaType, byte[] bytes) {
      this(fileName, mediaType, bytes, bytes == null ? 0 : bytes.length, null);
    }

    /** A file the platform only referred to, to be fetched when the update is handled. */
    public static Attachment referred(String fileName, String mediaType, long size, String fileId) {
      return new Attachment(fileName, mediaType, null, size, fileId);
    }

    /** True when the bytes are here (possibly empty), false when they still have to be fetched. */
    public boolean fetched() {
      return bytes != null;
    }

    /** This file with the bytes fetched. */
    public Attachment withBytes(byte[] fetched) {
      return new Attachment(fileName, mediaType, fetched, fetched.length, fileId);
    }

    /** This file as one the platform will not hand over, with the size it declared. */
    public Attachment unavailable(long declaredSize) {
      return new Attachment(fileName, mediaType, new byte[0], declaredSize, fileId);
    }
  }
}
