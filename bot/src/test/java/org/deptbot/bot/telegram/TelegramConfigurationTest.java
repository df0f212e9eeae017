package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Telegram takes only 1 to 256 letters, digits, underscores and dashes as a webhook's secret token;
 * any other is refused at start, naming the setting, instead of failing setWebhook for ever.
 */
class TelegramConfigurationTest {

  private final TelegramConfiguration configuration = new TelegramConfiguration();

  @ParameterizedTest
  @ValueSource(strings = {"s3cret token", "p@ss/word", "café", "dot.ted"})
  void aWebhookSecretTelegramWouldRefuseStopsTheStartNamingTheSetting(String secret) {
    assertThatThrownBy(() -> configuration.telegramClient(webhook(secret)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DEPTBOT_TELEGRAM_WEBHOOK_SECRET")
        .hasMessageContaining("A-Z, a-z, 0-9, _ and -")
        .hasMessageNotContaining(secret);
  }

  @ParameterizedTest
  @ValueSource(ints = {257, 300})
  void aWebhookSecretOver256CharactersIsRefused(int length) {
    assertThatThrownBy(() -> configuration.telegramClient(webhook("a".repeat(length))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DEPTBOT_TELEGRAM_WEBHOOK_SECRET")
        .hasMessageContaining("256");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3cret-token", "A_b-9", "x"})
  void aWebhookSecretOfAllowedCharactersIsTaken(String secret) {
    assertThat(configuration.telegramClient(webhook(secret))).isNotNull();
  }

  private static TelegramProperties webhook(String secret) {
    return new TelegramProperties(
        "123:abc",
        "http://127.0.0.1:1",
        "webhook",
        "https://bot.example/telegram/webhook",
        secret,
        Duration.ofMinutes(2),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        4);
  }
}
