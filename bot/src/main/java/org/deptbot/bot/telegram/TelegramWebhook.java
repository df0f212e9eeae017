package org.deptbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates Telegram posts in webhook mode. The secret token is checked on every request,
 * and Telegram gets its 200 only once the update is stored.
 */
@RestController
@ConditionalOnTelegram
class TelegramWebhook {

  private final TelegramProperties properties;
  private final TelegramBot bot;
  private final ObjectMapper json;

  TelegramWebhook(TelegramProperties properties, TelegramBot bot, ObjectMapper json) {
    this.properties = properties;
    this.bot = bot;
    this.json = json;
  }

  @PostMapping("/telegram/webhook")
  ResponseEntity<Void> receive(
      @RequestHeader(value = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
      @RequestBody String body)
      throws IOException {
    if (!properties.webhook()) {
      return ResponseEntity.notFound().build();
    }
    if (!matches(secret, properties.webhookSecret())) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    Update update = json.readValue(body, Update.class);
    bot.followMigration(update);
    bot.read(update).ifPresent(bot::accept);
    return ResponseEntity.ok().build();
  }

  private static boolean matches(String given, String expected) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
