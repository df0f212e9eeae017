package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Bot API objects and envelopes, built as Jackson trees in Telegram's snake_case shape. */
final class TelegramJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private TelegramJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ObjectNode user(long id, String firstName, boolean isBot, String username) {
    ObjectNode user = object().put("id", id).put("is_bot", isBot).put("first_name", firstName);
    if (username != null) {
      user.put("username", username);
    }
    if (!isBot) {
      user.put("language_code", "en");
    }
    return user;
  }

  static ObjectNode privateChat(ObjectNode user) {
    return object()
        .put("id", user.get("id").asLong())
        .put("type", "private")
        .put("first_name", user.get("first_name").asText());
  }

  /** A basic group: a negative id without the -100 prefix of supergroups and channels. */
  static ObjectNode basicGroup(long id, String title) {
    return object().put("id", id).put("type", "group").put("title", title);
  }

  static ObjectNode supergroup(long id, String title) {
    return object().put("id", id).put("type", "supergroup").put("title", title);
  }

  /** Two sizes, as Telegram always offers a thumbnail next to the photo itself. */
  static ArrayNode photoSizes(String fileId, int bytes) {
    ArrayNode sizes = array();
    sizes.add(photoSize(fileId + "-s", uniqueId(fileId + "-s"), 90, Math.min(bytes, 1_500)));
    sizes.add(photoSize(fileId, uniqueId(fileId), 800, bytes));
    return sizes;
  }

  private static String uniqueId(String fileId) {
    return "u" + Integer.toHexString(fileId.hashCode());
  }

  /** One size of a photo a user sent, a square of {@code side} pixels. */
  static ObjectNode photoSize(UserFiles.StoredFile file, int side) {
    return photoSize(file.fileId(), file.uniqueId(), side, file.size());
  }

  private static ObjectNode photoSize(String fileId, String uniqueId, int side, long bytes) {
    return object()
        .put("file_id", fileId)
        .put("file_unique_id", uniqueId)
        .put("width", side)
        .put("height", side)
        .put("file_size", bytes);
  }

  static int now() {
    return (int) Instant.now().getEpochSecond();
  }

  static byte[] ok(JsonNode result) {
    ObjectNode envelope = object().put("ok", true);
    envelope.set("result", result);
    return bytes(envelope);
  }

  static byte[] error(ApiError error) {
    ObjectNode envelope =
        object()
            .put("ok", false)
            .put("error_code", error.code)
            .put("description", error.description);
    if (error.retryAfter != null) {
      envelope.set("parameters", object().put("retry_after", error.retryAfter));
    }
    if (error.migrateToChatId != null) {
      envelope.set("parameters", object().put("migrate_to_chat_id", error.migrateToChatId));
    }
    return bytes(envelope);
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
