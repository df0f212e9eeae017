package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A message the bot sent, as the fake keeps it; guarded by the {@link Chats} monitor. */
final class StoredMessage {

  final int messageId;
  final long chatId;
  final long sequence;
  int date; // seconds; FakeTelegram.ageMessages moves it back
  final ObjectNode chat;
  final List<String> edits = new ArrayList<>();
  String rawText;
  String plainText;
  String parseMode;
  String currentText;
  String currentRaw;
  MessageContent.Keyboard keyboard = MessageContent.Keyboard.NONE;
  boolean photo;
  String photoFileId;
  int photoBytes;
  Integer editDate;
  boolean deleted;

  StoredMessage(int messageId, long chatId, long sequence, ObjectNode chat) {
    this.messageId = messageId;
    this.chatId = chatId;
    this.sequence = sequence;
    this.chat = chat;
    this.date = TelegramJson.now();
  }

  void setText(String raw, String plain, String parseMode) {
    this.rawText = raw;
    this.plainText = plain;
    this.currentText = plain;
    this.currentRaw = raw;
    this.parseMode = parseMode;
  }

  ObjectNode toJson(ObjectNode bot) {
    ObjectNode json = TelegramJson.object().put("message_id", messageId);
    json.set("from", bot);
    json.set("chat", chat);
    json.put("date", date);
    if (editDate != null) {
      json.put("edit_date", editDate);
    }
    if (photo) {
      json.set("photo", TelegramJson.photoSizes(photoFileId, photoBytes));
      if (!currentText.isEmpty()) {
        json.put("caption", currentText);
      }
    } else {
      json.put("text", currentText);
    }
    JsonNode markup = keyboard.markup();
    if (markup != null && !keyboard.rows().isEmpty()) {
      json.set("reply_markup", markup);
    }
    return json;
  }

  SentMessage snapshot() {
    return new SentMessage(
        messageId,
        chatId,
        rawText,
        plainText,
        parseMode,
        keyboard.rows(),
        List.copyOf(edits),
        photo,
        photo ? plainText : null,
        photoBytes,
        deleted);
  }
}
