package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.deptbot.core.staff.ChatPlatform;

/**
 * One send budget per platform, shared by the delivery workers and the replies to people in chat,
 * so a broadcast and the conversations going on meanwhile together keep the platform's overall
 * limit. Replies go first: one waiting for room takes the next call that leaves the window before
 * any delivery does, so a reply never waits for a broadcast. On Telegram {@code
 * deptbot.telegram.reserved-for-replies} calls of every window (none by default) can also be kept
 * for replies whatever a broadcast does.
 */
public final class SendBudgets {

  private final Map<ChatPlatform, SendWindows> windows = new EnumMap<>(ChatPlatform.class);
  private final Clock clock;

  public SendBudgets(int telegramReservedForReplies, Clock clock) {
    this.clock = clock;
    windows.put(
        ChatPlatform.TELEGRAM, new SendWindows(SendLimits.telegram(), telegramReservedForReplies));
    windows.put(ChatPlatform.DISCORD, new SendWindows(SendLimits.discord()));
    windows.put(ChatPlatform.TRAINING, new SendWindows(SendLimits.none()));
  }

  /** The platform's shared windows, for its delivery worker. */
  SendWindows windows(ChatPlatform platform) {
    return windows.get(platform);
  }

  /**
   * Takes room for one reply to someone in chat now: zero means it may go and is counted; otherwise
   * how long to wait before asking again (nothing is counted).
   */
  public Duration takeForReply(ChatPlatform platform) {
    return windows.get(platform).takeForReply(clock.instant());
  }

  /** Calls per window deliveries may use on the platform (its limit less the replies' share). */
  public int deliveryShare(ChatPlatform platform) {
    return windows.get(platform).deliveryShare();
  }
}
