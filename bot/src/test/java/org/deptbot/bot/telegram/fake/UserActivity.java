package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Turns what a test says users did into the updates Telegram would queue for the bot. */
final class UserActivity {

  private final Chats chats;
  private final UpdateQueue updates;
  private final CallbackQueries callbacks;
  private final AtomicLong fileIds = new AtomicLong();

  UserActivity(Chats chats, UpdateQueue updates, CallbackQueries callbacks) {
    this.chats = chats;
    this.updates = updates;
    this.callbacks = callbacks;
  }

  long privateText(long userId, String firstName, String text) {
    ObjectNode message = privateMessage(userId, firstName);
    addText(message, text);
    return updates.add("message", message);
  }

  long privatePhoto(long userId, String firstName, String caption) {
    ObjectNode message = privateMessage(userId, firstName);
    message.set(
        "photo", TelegramJson.photoSizes("user-photo-" + fileIds.incrementAndGet(), 54_321));
    if (caption != null && !caption.isEmpty()) {
      message.put("caption", caption);
    }
    return updates.add("message", message);
  }

  long groupText(long chatId, long userId, String firstName, String text) {
    ObjectNode user = chats.user(userId, firstName);
    chats.openGroup(chatId, "Group " + -chatId);
    ObjectNode message = chats.incoming(chatId, user);
    addText(message, text);
    return updates.add("message", message);
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
