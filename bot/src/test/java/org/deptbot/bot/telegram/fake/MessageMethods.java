package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * sendMessage, sendPhoto, editMessageText, editMessageCaption, editMessageReplyMarkup and
 * deleteMessage.
 */
final class MessageMethods {

  private static final String NOT_MODIFIED =
      "message is not modified: specified new message content and reply markup are exactly the"
          + " same as a current content and reply markup of the message";
  private static final String EDIT_NOT_FOUND = "message to edit not found";

  private static final String WRONG_FILE_ID = "wrong file identifier/HTTP URL specified";

  private final Chats chats;
  private final AtomicLong fileIds = new AtomicLong();
  // file_id -> size of the photos the bot uploaded; only these may be sent again by file_id
  private final Map<String, Integer> issuedPhotos = new ConcurrentHashMap<>();
  private final AtomicInteger photoUploads = new AtomicInteger();
  private final AtomicInteger photoFileIdSends = new AtomicInteger();

  MessageMethods(Chats chats) {
    this.chats = chats;
  }

  /** Photos sent with their bytes attached. */
  int photoUploads() {
    return photoUploads.get();
  }

  /** Photos sent by the file_id of an earlier upload. */
  int photoFileIdSends() {
    return photoFileIdSends.get();
  }

  /** Forgets every file_id issued so far: sending one of them again answers 400. */
  void forgetFileIds() {
    issuedPhotos.clear();
  }

  JsonNode sendMessage(ApiRequest request) {
    long chatId = request.chatId();
    String raw = request.string("text");
    String parseMode = request.string("parse_mode");
    String plain = MessageContent.text(raw, parseMode);
    MessageContent.Keyboard keyboard = MessageContent.keyboard(request.json("reply_markup"));
    return chats.send(
        chatId,
        message -> {
          message.setText(raw, plain, parseMode);
          message.keyboard = keyboard;
        });
  }

  JsonNode sendPhoto(ApiRequest request) {
    long chatId = request.chatId();
    String rawCaption = request.string("caption");
    String parseMode = request.string("parse_mode");
    String caption = MessageContent.caption(rawCaption, parseMode);
    MessageContent.Keyboard keyboard = MessageContent.keyboard(request.json("reply_markup"));
    String reference = request.string("photo");
    boolean upload = reference == null || reference.startsWith("attach://");
    String fileId;
    int bytes;
    if (upload) {
      bytes = uploadedBytes(request, reference);
      fileId = "bot-photo-" + fileIds.incrementAndGet();
    } else if (reference.startsWith("http://") || reference.startsWith("https://")) {
      bytes = 0; // by URL: the fake cannot fetch it
      fileId = "bot-photo-" + fileIds.incrementAndGet();
    } else {
      // Telegram accepts again only a file_id it gave this bot (never a thumbnail's)
      Integer known = issuedPhotos.get(reference);
      if (known == null) {
        throw ApiError.badRequest(WRONG_FILE_ID);
      }
      bytes = known;
      fileId = reference;
    }
    JsonNode sent =
        chats.send(
            chatId,
            message -> {
              message.setText(rawCaption == null ? "" : rawCaption, caption, parseMode);
              message.photo = true;
              message.photoFileId = fileId;
              message.photoBytes = bytes;
              message.keyboard = keyboard;
            });
    if (upload) {
      photoUploads.incrementAndGet();
      issuedPhotos.put(fileId, bytes);
    } else if (issuedPhotos.containsKey(fileId)) {
      photoFileIdSends.incrementAndGet();
    }
    return sent;
  }

  /** The size of the photo uploaded with the request. */
  private static int uploadedBytes(ApiRequest request, String reference) {
    ApiRequest.Upload upload =
        reference == null
            ? request.file("photo")
            : request.file(reference.substring("attach://".length()));
    if (upload == null) {
      throw ApiError.badRequest("there is no photo in the request");
    }
    if (upload.bytes().length == 0) {
      throw ApiError.badRequest("file must be non-empty");
    }
    return upload.bytes().length;
  }

  JsonNode editMessageText(ApiRequest request) {
    long chatId = request.chatId();
    int messageId = request.messageId();
    String raw = request.string("text");
    String plain = MessageContent.text(raw, request.string("parse_mode"));
    // Without reply_markup Telegram drops the keyboard, so an edit must resend it to keep it.
    MessageContent.Keyboard keyboard = MessageContent.keyboard(request.json("reply_markup"));
    return chats.change(
        chatId,
        messageId,
        EDIT_NOT_FOUND,
        message -> {
          if (message.photo) {
            throw ApiError.badRequest("there is no text in the message to edit");
          }
          // Telegram compares text and formatting; the raw text stands in for the formatting.
          if (plain.equals(message.currentText)
              && raw.equals(message.currentRaw)
              && keyboard.rows().equals(message.keyboard.rows())) {
            throw ApiError.badRequest(NOT_MODIFIED);
          }
          message.edits.add(plain);
          message.currentText = plain;
          message.currentRaw = raw;
          message.keyboard = keyboard;
          message.editDate = TelegramJson.now();
        });
  }

  JsonNode editMessageCaption(ApiRequest request) {
    long chatId = request.chatId();
    int messageId = request.messageId();
    String raw = request.string("caption");
    String rawCaption = raw == null ? "" : raw;
    String caption = MessageContent.caption(raw, request.string("parse_mode"));
    MessageContent.Keyboard keyboard = MessageContent.keyboard(request.json("reply_markup"));
    return chats.change(
        chatId,
        messageId,
        EDIT_NOT_FOUND,
        message -> {
          if (!message.photo) {
            throw ApiError.badRequest("there is no caption in the message to edit");
          }
          if (caption.equals(message.currentText)
              && rawCaption.equals(message.currentRaw)
              && keyboard.rows().equals(message.keyboard.rows())) {
            throw ApiError.badRequest(NOT_MODIFIED);
          }
          message.edits.add(caption);
          message.currentText = caption;
          message.currentRaw = rawCaption;
          message.keyboard = keyboard;
          message.editDate = TelegramJson.now();
        });
  }

  JsonNode editMessageReplyMarkup(ApiRequest request) {
    long chatId = request.chatId();
    int messageId = request.messageId();
    MessageContent.Keyboard keyboard = MessageContent.keyboard(request.json("reply_markup"));
    return chats.change(
        chatId,
        messageId,
        EDIT_NOT_FOUND,
        message -> {
          if (keyboard.rows().equals(message.keyboard.rows())) {
            throw ApiError.badRequest(NOT_MODIFIED);
          }
          message.keyboard = keyboard;
          message.editDate = TelegramJson.now();
        });
  }

  JsonNode deleteMessage(ApiRequest request) {
    chats.delete(request.chatId(), request.messageId());
    return BooleanNode.TRUE;
  }
}
