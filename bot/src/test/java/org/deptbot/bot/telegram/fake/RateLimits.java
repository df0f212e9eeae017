package org.deptbot.bot.telegram.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * Rolling-window limits on the sending calls (sendMessage, sendPhoto, editMessageText,
 * editMessageCaption, deleteMessage) that {@link FakeTelegram#enforceRateLimits} makes the fake
 * enforce: at most {@code perBot} calls in any {@code botWindow}, and per chat at most {@code
 * perPrivateChat} in any {@code privateChatWindow} (positive chat ids) or {@code perGroup} in any
 * {@code groupWindow} (negative ids: groups and channels). A call over a limit answers 429 with
 * {@code retry_after} and is not carried out.
 */
public record RateLimits(
    int perBot,
    Duration botWindow,
    int perPrivateChat,
    Duration privateChatWindow,
    int perGroup,
    Duration groupWindow) {

  /** Which limit a refused call broke. */
  public enum Scope {
    /** The bot's overall limit. */
    GLOBAL,
    /** A private chat's limit. */
    CHAT,
    /** A group's or channel's limit. */
    GROUP
  }

  /** Checks every count is at least 1 and every window positive. */
  public RateLimits {
    requirePositive(perBot, botWindow);
    requirePositive(perPrivateChat, privateChatWindow);
    requirePositive(perGroup, groupWindow);
  }

  /**
   * Telegram's published limits: 30 per second per bot, 1 per second per private chat, 20 per
   * minute per group or channel.
   */
  public static RateLimits telegram() {
    return new RateLimits(
        30, Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1));
  }

  private static void requirePositive(int count, Duration window) {
    Objects.requireNonNull(window, "window");
    if (count < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("need at least 1 call per positive window: " + count);
    }
  }
}
