package org.deptbot.bot.chat;

import java.time.Instant;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An update as stored before it is handled (collection {@code chat_updates}); the id is the
 * platform's update id, so a redelivery cannot be stored twice. An attachment is stored as the
 * platform's reference to the file (name, type, size, file id), not its bytes: the adapter fetches
 * them each time the update is handled, so a download that failed is tried again with it. {@code
 * messageId} is the pressed message for a press, and the message replied to for a text. {@code
 * languageCode} is the language the sender's app is set to, as the platform gave it (null before
 * languages were kept).
 */
@Document("chat_updates")
record ReceivedUpdate(
    @Id String id,
    String kind,
    ChatPlatform platform,
    String userId,
    String displayName,
    String chatId,
    boolean privateChat,
    String text,
    String buttonId,
    String messageId,
    String pressId,
    String fileName,
    String mediaType,
    Long fileSize,
    String fileId,
    boolean handled,
    Instant receivedAt,
    String languageCode) {

  static ReceivedUpdate of(Incoming incoming, Instant now) {
    ChatUser from = incoming.from();
    ChatTarget chat = incoming.chat();
    String kind;
    String text = null;
    String buttonId = null;
    String messageId = null;
    String pressId = null;
    Incoming.Attachment file = null;
    if (incoming instanceof Incoming.TextMessage m) {
      kind = "text";
      text = m.text();
      messageId = m.replyTo(); // the message it replies to
    } else if (incoming instanceof Incoming.ButtonPress p) {
      kind = "press";
      buttonId = p.buttonId();
      messageId = p.messageId();
      pressId = p.pressId();
    } else {
      kind = "attachment";
      text = ((Incoming.AttachmentMessage) incoming).caption();
      file = ((Incoming.AttachmentMessage) incoming).attachment();
    }
    return new ReceivedUpdate(
        incoming.updateKey(),
        kind,
        chat.platform(),
        from.identity().userId(),
        from.displayName(),
        chat.chatId(),
        chat.privateChat(),
        text,
        buttonId,
        messageId,
        pressId,
        file == null ? null : file.fileName(),
        file == null ? null : file.mediaType(),
        file == null ? null : file.size(),
        file == null ? null : file.fileId(),
        false,
        now,
        from.languageCode());
  }

  Incoming toIncoming() {
    var from = new ChatUser(new ChatIdentity(platform, userId), displayName, languageCode);
    var chat = new ChatTarget(platform, chatId, privateChat);
    return switch (kind) {
      case "press" -> new Incoming.ButtonPress(id, from, chat, buttonId, messageId, pressId);
      case "attachment" -> new Incoming.AttachmentMessage(id, from, chat, attachment(), text);
      default -> new Incoming.TextMessage(id, from, chat, text, messageId);
    };
  }

  /** The stored reference, to be fetched; null when the platform gave none. */
  private Incoming.Attachment attachment() {
    if (fileId == null) {
      return null;
    }
    return Incoming.Attachment.referred(
        fileName, mediaType, fileSize == null ? 0 : fileSize, fileId);
  }
}
