package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The methods about the bot itself: identity, webhook, command menu, updates, button answers. */
final class AccountMethods {

  private static final java.util.regex.Pattern SECRET_TOKEN =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private final ObjectNode bot;
  private final UpdateQueue updates;
  private final CallbackQueries callbacks;
  private volatile List<BotCommand> commands = List.of();
  private volatile String webhookUrl = "";
  private volatile String webhookSecret;

  AccountMethods(ObjectNode bot, UpdateQueue updates, CallbackQueries callbacks) {
    this.bot = bot;
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

  /** Scopes and languages are not modelled: the last list set is the menu. */
  JsonNode setMyCommands(ApiRequest request) {
    JsonNode list = request.json("commands");
    if (list == null || !list.isArray()) {
      throw ApiError.badRequest("parameter \"commands\" is required");
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
    commands = List.copyOf(parsed);
    return BooleanNode.TRUE;
  }

  JsonNode deleteMyCommands() {
    commands = List.of();
    return BooleanNode.TRUE;
  }

  JsonNode getMyCommands() {
    ArrayNode result = TelegramJson.array();
    commands.forEach(
        command ->
            result.add(
                TelegramJson.object()
                    .put("command", command.command())
                    .put("description", command.description())));
    return result;
  }

  JsonNode answerCallbackQuery(ApiRequest request) {
    callbacks.answer(
        request.string("callback_query_id"), request.string("text"), request.bool("show_alert"));
    return BooleanNode.TRUE;
  }

  List<BotCommand> commands() {
    return commands;
  }

  String webhookUrl() {
    return webhookUrl;
  }

  String webhookSecret() {
    return webhookSecret;
  }
}
