package org.deptbot.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether the bot gets through to Telegram: DOWN while start-up is still being retried, while polls
 * have failed for longer than the threshold, or while received updates cannot be stored; otherwise
 * whether Telegram accepts the token ({@code getMe}), asked at most every 30 s so a busy health
 * endpoint does not count against the bot's rate limit. In long polling mode it shows the seconds
 * since the last successful poll ({@code lastPollSecondsAgo}).
 */
class TelegramHealth extends AbstractHealthIndicator {

  private static final Duration CACHE = Duration.ofSeconds(30);
  private final TelegramClient client;
  private final TelegramLink link;
  private final Clock clock;
  private Health last;
  private Instant checkedAt = Instant.MIN;

  TelegramHealth(TelegramClient client, TelegramLink link, Clock clock) {
    super("Telegram health check failed");
    this.client = client;
    this.link = link;
    this.clock = clock;
  }

  @Override
  protected synchronized void doHealthCheck(Health.Builder builder) {
    link.sinceLastPoll()
        .ifPresent(age -> builder.withDetail("lastPollSecondsAgo", age.toSeconds()));
    var trouble = link.trouble();
    if (trouble.isPresent()) {
      last = null; // ask Telegram afresh once the link is back
      builder.down().withDetail("error", trouble.get());
      return;
    }
    if (last == null || checkedAt.plus(CACHE).isBefore(clock.instant())) {
      last = check();
      checkedAt = clock.instant();
    }
    builder.status(last.getStatus()).withDetails(last.getDetails());
  }

  private Health check() {
    try {
      User me = client.execute(new GetMe());
      return Health.up().withDetail("bot", "@" + me.getUserName()).build();
    } catch (TelegramApiRequestException e) {
      String why = Integer.valueOf(401).equals(e.getErrorCode()) ? "token refused" : e.getMessage();
      return Health.down().withDetail("error", why).build();
    } catch (Exception e) {
      return Health.down()
          .withDetail("error", "Telegram unreachable: " + TelegramBot.describe(e))
          .build();
    }
  }
}
