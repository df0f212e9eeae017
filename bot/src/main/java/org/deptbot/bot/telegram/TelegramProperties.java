package org.deptbot.bot.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Telegram settings ({@code deptbot.telegram.*}, from the environment). One more, {@code
 * deptbot.telegram.reserved-for-replies}, belongs to the send budget, which exists without Telegram
 * too: see {@link org.deptbot.bot.delivery.SendBudgetProperties}.
 *
 * @param token {@code DEPTBOT_TELEGRAM_TOKEN}; blank switches the adapter off
 * @param apiUrl {@code DEPTBOT_TELEGRAM_API_URL}, the Bot API's base address (tests use a local
 *     fake)
 * @param mode {@code DEPTBOT_TELEGRAM_MODE}: {@code polling} (default) or {@code webhook}
 * @param webhookUrl {@code DEPTBOT_TELEGRAM_WEBHOOK_URL}, the public https address Telegram posts
 *     to
 * @param webhookSecret {@code DEPTBOT_TELEGRAM_WEBHOOK_SECRET}, checked on every webhook request
 * @param pollStaleAfter {@code DEPTBOT_TELEGRAM_POLL_STALE_AFTER}: health shows Telegram DOWN when
 *     polls have failed for longer than this
 * @param retryMax the longest wait between retries of start-up, polls and storing an update
 * @param menusEvery how often each chat's command menu is brought up to date with the roles of who
 *     is in it
 * @param handlingThreads threads handling updates: each chat's one at a time in order, different
 *     chats' side by side
 */
@ConfigurationProperties("deptbot.telegram")
public record TelegramProperties(
    String token,
    @DefaultValue("https://api.telegram.org") String apiUrl,
    @DefaultValue("polling") String mode,
    String webhookUrl,
    String webhookSecret,
    @DefaultValue("2m") Duration pollStaleAfter,
    @DefaultValue("30s") Duration retryMax,
    @DefaultValue("1m") Duration menusEvery,
    @DefaultValue("4") int handlingThreads) {

  public TelegramProperties {
    if (handlingThreads < 1) {
      throw new IllegalArgumentException("deptbot.telegram.handling-threads must be >= 1");
    }
  }

  public boolean webhook() {
    return "webhook".equalsIgnoreCase(mode);
  }

  /** The Bot API address in the form telegrambots takes it. */
  TelegramUrl telegramUrl() {
    URI uri = URI.create(apiUrl);
    int port = uri.getPort() > 0 ? uri.getPort() : ("http".equals(uri.getScheme()) ? 80 : 443);
    return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
  }
}
