package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Turns what a test says users did into the updates Telegram would queue for the bot. */
final class UserActivity {

  private final Chats chats;
  private final UpdateQueue updates;
  private final CallbackQueries callbacks;
  private final UserFiles files;

  UserActivity(Chats chats, UpdateQueue updates, CallbackQueries callbacks, UserFiles files) {
    this.chats = chats;
    this.updates = updates;
    this.callbacks = callbacks;
    this.files = files;
  }

  long privateText(long userId, String firstName, String text) {
    ObjectNode message = privateMessage(userId, firstName);
    addText(message, text);
    return updates.add("message", message);
  }

  /**
   * A private message replying to the bot's message {@code replyTo} in that chat: Telegram adds the
   * original as {@code reply_to_message}. A user can only reply to a message in the chat they see,
   * so any other id is refused here.
   */
  long privateReply(long userId, String firstName, String text, int replyTo) {
    ObjectNode original = chats.messageJson(userId, replyTo);
    ObjectNode message = privateMessage(userId, firstName);
    addText(message, text);
    message.set("reply_to_message", original);
    return updates.add("message", message);
  }

  long privatePhoto(long userId, String firstName, String caption, byte[] jpeg) {
    ObjectNode message = privateMessage(userId, firstName);
    byte[] thumbnail = Arrays.copyOf(jpeg, Math.min(jpeg.length, 1_500));
    ArrayNode sizes = TelegramJson.array();
    sizes.add(TelegramJson.photoSize(files.add("photos", "jpg", thumbnail, thumbnail.length), 90));
    sizes.add(TelegramJson.photoSize(files.add("photos", "jpg", jpeg, jpeg.length), 800));
    message.set("photo", sizes);
    addCaption(message, caption);
    return updates.add("message", message);
  }

  long privateDocument(
      long userId,
      String firstName,
      String fileName,
      String mimeType,
      byte[] bytes,
      long declaredSize) {
    ObjectNode message = privateMessage(userId, firstName);
    String extension =
        fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1) : "";
    UserFiles.StoredFile file = files.add("documents", extension, bytes, declaredSize);
    ObjectNode document =
        TelegramJson.object()
            .put("file_id", file.fileId())
            .put("file_unique_id", file.uniqueId())
            .put("file_name", fileName)
            .put("mime_type", mimeType)
            .put("file_size", declaredSize);
    message.set("document", document);
    return updates.add("message", message);
  }

  private static void addCaption(ObjectNode message, String caption) {
    if (caption != null && !caption.isEmpty()) {
      message.put("caption", caption);
    }
  }

  long groupText(long chatId, long userId, String firstName, String text) {
    ObjectNode user = chats.user(userId, firstName);
    chats.openGroup(chatId, "Group " + -chatId);
    ObjectNode message = chats.incoming(chatId, user);
    addText(message, text);
    return updates.add("message", message);
  }

  /**
   * A member upgrades a basic group to a supergroup: the old chat gets a service message with
   * {@code migrate_to_chat_id} and the new one a message with {@code migrate_from_chat_id}, both
   * queued as updates. Returns the new chat id.
   */
  long groupUpgraded(long groupId, long userId, String firstName) {
    ObjectNode user = chats.user(userId, firstName);
    ObjectNode oldChatMessage = chats.incoming(groupId, user);
    long newId = chats.migrate(groupId).get("id").asLong();
    oldChatMessage.put("migrate_to_chat_id", newId);
    updates.add("message", oldChatMessage);
    ObjectNode newChatMessage = chats.incoming(newId, user);
    newChatMessage.put("migrate_from_chat_id", groupId);
    updates.add("message", newChatMessage);
    return newId;
  }

  long buttonPress(long userId, long chatId, int messageId, String callbackData) {
    ObjectNode user = chats.user(userId, null);
    ObjectNode message = chats.messageJson(chatId, messageId);
    ObjectNode query = TelegramJson.object().put("id", callbacks.issue());
    query.set("from", user);
    query.set("message", message);
    // Telegram gives one opaque chat_instance per chat, the same for every press in it.
    query.put("chat_instance", Long.toString(Long.rotateLeft(chatId, 17) ^ 0x5DEECE66DL));
    query.put("data", callbackData);
    long updateId = updates.add("callback_query", query);
    callbacks.delivered(updateId, query.get("id").asText());
    return updateId;
  }

  private ObjectNode privateMessage(long userId, String firstName) {
    ObjectNode user = chats.user(userId, firstName);
    chats.openPrivateChat(user);
    return chats.incoming(userId, user);
  }

  /** Adds the text, with the bot_command entity Telegram marks a leading command with. */
  private static void addText(ObjectNode message, String text) {
    message.put("text", text);
    if (text.startsWith("/") && text.length() > 1) {
      int end = 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      ArrayNode entities = message.putArray("entities");
      entities.add(
          TelegramJson.object().put("type", "bot_command").put("offset", 0).put("length", end));
    }
  }
}
