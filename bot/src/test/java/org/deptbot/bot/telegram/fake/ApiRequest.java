package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one Bot API call, whichever way they came: a JSON body (what telegrambots sends
 * for most methods), multipart/form-data (methods with files), a form body or the query string, as
 * Telegram accepts all four. Values are kept as JSON so numbers sent as strings, as telegrambots
 * does with {@code chat_id}, and JSON sent as a string part both read the same.
 */
final class ApiRequest {

  /** An uploaded file part. */
  record Upload(String fileName, byte[] bytes) {}

  private final Map<String, JsonNode> params = new HashMap<>();
  private final Map<String, Upload> files = new HashMap<>();

  static ApiRequest read(HttpExchange exchange) throws IOException {
    ApiRequest request = new ApiRequest();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    request.addForm(exchange.getRequestURI().getRawQuery());
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    type = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (body.length == 0) {
      return request;
    } else if (type.startsWith("application/json")) {
      request.addJson(body);
    } else if (type.startsWith("multipart/form-data")) {
      Multipart.parse(
          body,
          exchange.getRequestHeaders().getFirst("Content-Type"),
          request.params,
          request.files);
    } else {
      request.addForm(new String(body, StandardCharsets.UTF_8));
    }
    return request;
  }

  private void addJson(byte[] body) {
    JsonNode root;
    try {
      root = TelegramJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiError.badRequest("can't parse JSON object");
    }
    if (root == null || !root.isObject()) {
      throw ApiError.badRequest("can't parse JSON object");
    }
    root.properties().forEach(field -> params.put(field.getKey(), field.getValue()));
  }

  private void addForm(String form) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(key), new TextNode(decode(value)));
    }
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private JsonNode node(String name) {
    JsonNode node = params.get(name);
    return node == null || node.isNull() ? null : node;
  }

  String string(String name) {
    JsonNode node = node(name);
    return node == null ? null : node.asText();
  }

  boolean bool(String name) {
    JsonNode node = node(name);
    return node != null && (node.asBoolean() || "true".equalsIgnoreCase(node.asText()));
  }

  /** A whole number, or null if absent or not a number. */
  Long longValue(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    try {
      return Long.parseLong(node.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  int intValue(String name, int absent) {
    Long value = longValue(name);
    return value == null
        ? absent
        : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  long chatId() {
    if (node("chat_id") == null) {
      throw ApiError.badRequest("chat_id is empty");
    }
    Long id = longValue("chat_id");
    if (id == null) {
      // "@channelusername" addresses public channels, which the fake has none of.
      throw ApiError.badRequest("chat not found");
    }
    return id;
  }

  int messageId() {
    Long id = longValue("message_id");
    if (id == null) {
      throw ApiError.badRequest("message identifier is not specified");
    }
    return id.intValue();
  }

  /** An object or array parameter; multipart and form bodies carry these as JSON text. */
  JsonNode json(String name) {
    JsonNode node = node(name);
    if (node == null || !node.isTextual()) {
      return node;
    }
    try {
      return TelegramJson.MAPPER.readTree(node.asText());
    } catch (IOException e) {
      throw ApiError.badRequest("can't parse " + name + " JSON object");
    }
  }

  Upload file(String partName) {
    return files.get(partName);
  }
}
