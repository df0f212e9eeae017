package org.deptbot.bot.delivery;

import java.time.Duration;

/**
 * How fast one platform lets a bot send: overall, into one private chat, and into one group or
 * channel. Each is a count per rolling window; zero count means no limit of that kind.
 */
public record SendLimits(
    int overall,
    Duration overallWindow,
    int perPrivateChat,
    Duration privateChatWindow,
    int perGroup,
    Duration groupWindow) {

  /**
   * Telegram: about 30 messages a second, 1 a second into one chat, 20 a minute into one group.
   * Kept a little under: 30 per 1.05 s, and calls are spaced evenly (35 ms), so any one second sees
   * at most 29 and the network's jitter never tips a burst over the line.
   */
  public static SendLimits telegram() {
    return new SendLimits(
        30, Duration.ofMillis(1050), 1, Duration.ofMillis(1050), 20, Duration.ofSeconds(61));
  }

  /** Discord: 50 requests a second overall; per-route buckets are JDA's to keep. */
  public static SendLimits discord() {
    return new SendLimits(48, Duration.ofSeconds(1), 0, Duration.ZERO, 0, Duration.ZERO);
  }

  /** No limits: the local training chat. */
  public static SendLimits none() {
    return new SendLimits(0, Duration.ZERO, 0, Duration.ZERO, 0, Duration.ZERO);
  }
}
