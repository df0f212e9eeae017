package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The methods about the bot itself: identity, webhook, command menu, updates, button answers. */
final class AccountMethods {

  private static final java.util.regex.Pattern SECRET_TOKEN =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private final ObjectNode bot;
  private final UpdateQueue updates;
  private final CallbackQueries callbacks;
  private final Chats chats;
  // the menus set, by scope ("default", "all_private_chats", "chat:<id>", "chat_member:<id>:<user>"
  // ...), each with its language code: "" when set without one
  private final Map<String, List<BotCommand>> menus = new ConcurrentHashMap<>();
  private final Set<String> administrators = ConcurrentHashMap.newKeySet();
  private volatile String webhookUrl = "";
  private volatile String webhookSecret;

  AccountMethods(ObjectNode bot, UpdateQueue updates, CallbackQueries callbacks, Chats chats) {
    this.bot = bot;
    this.chats = chats;
    this.updates = updates;
    this.callbacks = callbacks;
  }

  JsonNode getMe() {
    return bot.deepCopy()
        .put("can_join_groups", true)
        .put("can_read_all_group_messages", false)
        .put("supports_inline_queries", false);
  }

  JsonNode getUpdates(ApiRequest request) throws InterruptedException {
    if (!webhookUrl.isEmpty()) {
      throw new ApiError(
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
              + " delete the webhook first");
    }
    int limit = Math.max(1, Math.min(100, request.intValue("limit", 100)));
    int timeout = Math.max(0, request.intValue("timeout", 0));
    ArrayNode result = TelegramJson.array();
    result.addAll(updates.poll(request.longValue("offset"), limit, timeout));
    return result;
  }

  JsonNode setWebhook(ApiRequest request) {
    String url = request.string("url");
    if (url != null && !url.isEmpty() && !url.startsWith("https://")) {
      throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    String secret = request.string("secret_token");
    if (secret != null && !secret.isEmpty() && !SECRET_TOKEN.matcher(secret).matches()) {
      // Telegram allows 1 to 256 characters, only A-Z, a-z, 0-9, _ and -
      throw ApiError.badRequest("secret token contains unallowed characters");
    }
    webhookUrl = url == null ? "" : url;
    webhookSecret = secret == null || secret.isEmpty() ? null : secret;
    return BooleanNode.TRUE;
  }

  JsonNode deleteWebhook(ApiRequest request) {
    webhookUrl = "";
    webhookSecret = null;
    if (request.bool("drop_pending_updates")) {
      updates.dropPending();
    }
    return BooleanNode.TRUE;
  }

  JsonNode getWebhookInfo() {
    return TelegramJson.object()
        .put("url", webhookUrl)
        .put("has_custom_certificate", false)
        .put("pending_update_count", updates.pendingCount());
  }

  /** Sets the menu of one scope and language; see {@link #commandsSeenBy} for who sees it. */
  JsonNode setMyCommands(ApiRequest request) {
    String scope = scopeKey(request);
    JsonNode list = request.json("commands");
    if (list == null || !list.isArray()) {
      throw ApiError.badRequest("parameter \"commands\" is required");
    }
    if (list.size() > 100) {
      throw ApiError.badRequest("BOT_COMMANDS_TOO_MUCH");
    }
    List<BotCommand> parsed = new ArrayList<>();
    for (JsonNode entry : list) {
      String command = entry.path("command").asText("");
      String description = entry.path("description").asText("");
      if (!command.matches("[a-z0-9_]{1,32}")
          || description.isBlank()
          || description.length() > 256) {
        throw ApiError.badRequest("BOT_COMMAND_INVALID");
      }
      parsed.add(new BotCommand(command, description));
    }
    if (parsed.isEmpty()) {
      menus.remove(scope); // an empty list is the same as deleting the scope's menu
    } else {
      menus.put(scope, List.copyOf(parsed));
    }
    return BooleanNode.TRUE;
  }

  /** Deletes the menu of one scope and language: the next scope down applies again. */
  JsonNode deleteMyCommands(ApiRequest request) {
    menus.remove(scopeKey(request));
    return BooleanNode.TRUE;
  }

  /** The menu set for exactly this scope and language (not the one a user would see). */
  JsonNode getMyCommands(ApiRequest request) {
    ArrayNode result = TelegramJson.array();
    menus
        .getOrDefault(scopeKey(request), List.of())
        .forEach(
            command ->
                result.add(
                    TelegramJson.object()
                        .put("command", command.command())
                        .put("description", command.description())));
    return result;
  }

  void makeAdministrator(long chatId, long userId) {
    administrators.add(chatId + ":" + userId);
  }

  /** The first menu set along Telegram's order of scopes for this user in this chat. */
  List<BotCommand> commandsSeenBy(long userId, long chatId) {
    List<String> order = new ArrayList<>();
    if (chatId > 0) {
      order.add("chat:" + chatId);
      order.add("all_private_chats");
    } else if (chatId < 0) {
      boolean admin = administrators.contains(chatId + ":" + userId);
      order.add("chat_member:" + chatId + ":" + userId);
      if (admin) {
        order.add("chat_administrators:" + chatId);
      }
      order.add("chat:" + chatId);
      if (admin) {
        order.add("all_chat_administrators");
      }
      order.add("all_group_chats");
    }
    order.add("default");
    for (String scope : order) {
      List<BotCommand> menu = menus.get(scope + "|");
      if (menu != null) {
        return menu;
      }
    }
    return List.of();
  }

  /**
   * The scope and language a menu call names, checked as Telegram checks them: a known type, a
   * chat_id where the type needs one and a chat the bot knows, a user_id for chat_member.
   */
  private String scopeKey(ApiRequest request) {
    JsonNode scope = request.json("scope");
    String language = request.string("language_code");
    if (language != null && !language.isEmpty() && !language.matches("[a-z]{2}")) {
      throw ApiError.badRequest("invalid language code specified");
    }
    String suffix = "|" + (language == null ? "" : language);
    if (scope == null || scope.isNull()) {
      return "default" + suffix;
    }
    String type = scope.path("type").asText("");
    switch (type) {
      case "default", "all_private_chats", "all_group_chats", "all_chat_administrators":
        return type + suffix;
      case "chat", "chat_administrators", "chat_member":
        break;
      default:
        throw ApiError.badRequest("unsupported bot command scope type \"" + type + "\"");
    }
    JsonNode chat = scope.get("chat_id");
    if (chat == null || !chat.canConvertToLong() && !chat.asText().matches("-?\\d+")) {
      throw ApiError.badRequest("chat not found");
    }
    long chatId = chat.asLong();
    if (!chats.known(chatId)) {
      throw ApiError.badRequest("chat not found");
    }
    if (!type.equals("chat") && chatId > 0) {
      throw ApiError.badRequest("can't use this scope in a private chat");
    }
    if (type.equals("chat_member")) {
      long user = scope.path("user_id").asLong(0);
      if (user <= 0) {
        throw ApiError.badRequest("user not found");
      }
      return "chat_member:" + chatId + ":" + user + suffix;
    }
    return type + ":" + chatId + suffix;
  }

  JsonNode answerCallbackQuery(ApiRequest request) {
    callbacks.answer(
        request.string("callback_query_id"), request.string("text"), request.bool("show_alert"));
    return BooleanNode.TRUE;
  }

  String webhookUrl() {
    return webhookUrl;
  }

  String webhookSecret() {
    return webhookSecret;
  }
}
