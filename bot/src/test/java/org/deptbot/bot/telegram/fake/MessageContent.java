package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Telegram's checks on message texts, captions and inline keyboards. */
final class MessageContent {

  static final int MAX_TEXT = 4096;
  static final int MAX_CAPTION = 1024;
  static final int MAX_CALLBACK_DATA_BYTES = 64;

  /** Button fields that give a button something to do; one of them is required. */
  private static final Set<String> ACTIONS =
      Set.of(
          "callback_data",
          "url",
          "switch_inline_query",
          "switch_inline_query_current_chat",
          "switch_inline_query_chosen_chat",
          "web_app",
          "login_url",
          "callback_game",
          "pay",
          "copy_text");

  /** An inline keyboard: the markup as sent, for echoing back, and its buttons. */
  record Keyboard(JsonNode markup, List<List<InlineButton>> rows) {
    static final Keyboard NONE = new Keyboard(null, List.of());
  }

  private MessageContent() {}

  /** The text a user reads; lengths count UTF-16 units after parsing, as Telegram's do. */
  static String text(String raw, String parseMode) {
    String plain = raw == null ? "" : parse(raw, parseMode).strip();
    if (plain.isEmpty()) {
      throw ApiError.badRequest("message text is empty");
    }
    if (plain.length() > MAX_TEXT) {
      throw ApiError.badRequest("message is too long");
    }
    return plain;
  }

  static String caption(String raw, String parseMode) {
    String plain = raw == null ? "" : parse(raw, parseMode).strip();
    if (plain.length() > MAX_CAPTION) {
      throw ApiError.badRequest("message caption is too long");
    }
    return plain;
  }

  /**
   * Only HTML is modelled: Markdown texts pass through unchecked, so a bot under test should use
   * HTML to get the checks.
   */
  private static String parse(String raw, String parseMode) {
    if (parseMode == null || parseMode.isEmpty()) {
      return raw;
    }
    return switch (parseMode.toLowerCase(Locale.ROOT)) {
      case "html" -> TelegramHtml.toPlainText(raw);
      case "markdown", "markdownv2" -> raw;
      default -> throw ApiError.badRequest("unsupported parse_mode");
    };
  }

  /** Reads {@code reply_markup}; anything but an inline keyboard counts as no keyboard. */
  static Keyboard keyboard(JsonNode markup) {
    if (markup == null || !markup.has("inline_keyboard")) {
      return Keyboard.NONE;
    }
    JsonNode rows = markup.get("inline_keyboard");
    if (!rows.isArray()) {
      throw ApiError.badRequest(
          "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
    }
    List<List<InlineButton>> parsed = new ArrayList<>();
    for (JsonNode row : rows) {
      if (!row.isArray()) {
        throw ApiError.badRequest(
            "can't parse inline keyboard button: InlineKeyboardButton row must be an Array");
      }
      List<InlineButton> buttons = new ArrayList<>();
      for (JsonNode button : row) {
        buttons.add(button(button));
      }
      parsed.add(List.copyOf(buttons));
    }
    return new Keyboard(markup, List.copyOf(parsed));
  }

  private static InlineButton button(JsonNode button) {
    boolean hasAction = ACTIONS.stream().anyMatch(button::hasNonNull);
    if (!button.hasNonNull("text") || !hasAction) {
      throw ApiError.badRequest(
          "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    }
    String data = button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null;
    if (data != null) {
      int bytes = data.getBytes(StandardCharsets.UTF_8).length;
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
        throw ApiError.badRequest("BUTTON_DATA_INVALID");
      }
    }
    return new InlineButton(button.get("text").asText(), data);
  }
}
