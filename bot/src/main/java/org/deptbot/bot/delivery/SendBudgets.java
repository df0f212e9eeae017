package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.deptbot.core.staff.ChatPlatform;

/**
 * One send budget per platform, shared by the delivery workers and the replies to people in chat,
 * so a broadcast and the conversations going on meanwhile together keep the platform's limits.
 * Replies go first: one waiting for room takes the next call that leaves the window before any
 * delivery does, so a reply never waits for a broadcast. On Telegram {@code
 * deptbot.telegram.reserved-for-replies} calls of every window (none by default) can also be kept
 * for replies whatever a broadcast does.
 *
 * <p>With {@link SharedSendWindows} (the bot's), every call of every bot process on the database is
 * counted in the platform's windows there, overall and per chat, since the platform counts per bot
 * token: the replies of a bot that does not hold the sending role, too. The windows in this
 * process's memory then pace the holder's deliveries and choose what it claims.
 */
public final class SendBudgets {

  private final Map<ChatPlatform, SendWindows> windows = new EnumMap<>(ChatPlatform.class);
  private final Map<ChatPlatform, SendLimits> limits = new EnumMap<>(ChatPlatform.class);
  private final Clock clock;
  private final SharedSendWindows shared;

  /** A budget this process keeps alone: for a bot that is the only one with its token. */
  public SendBudgets(int telegramReservedForReplies, Clock clock) {
    this(telegramReservedForReplies, clock, null);
  }

  /** A budget counted with every other bot's in {@code shared} (null: this process's alone). */
  public SendBudgets(int telegramReservedForReplies, Clock clock, SharedSendWindows shared) {
    this.clock = clock;
    this.shared = shared;
    limits.put(ChatPlatform.TELEGRAM, SendLimits.telegram());
    limits.put(ChatPlatform.DISCORD, SendLimits.discord());
    limits.put(ChatPlatform.TRAINING, SendLimits.none());
    windows.put(
        ChatPlatform.TELEGRAM, new SendWindows(SendLimits.telegram(), telegramReservedForReplies));
    windows.put(ChatPlatform.DISCORD, new SendWindows(SendLimits.discord()));
    windows.put(ChatPlatform.TRAINING, new SendWindows(SendLimits.none()));
  }

  /** The platform's windows in this process, for its delivery worker. */
  SendWindows windows(ChatPlatform platform) {
    return windows.get(platform);
  }

  /**
   * Takes room for one reply to someone in chat now: zero means it may go and is counted; otherwise
   * how long to wait before asking again (nothing is counted). With shared windows the reply is
   * counted there only: every bot's replies and deliveries meet in them.
   */
  public Duration takeForReply(ChatPlatform platform) {
    if (shared != null) {
      return shared.takeOverall(platform, limits.get(platform), true);
    }
    return windows.get(platform).takeForReply(clock.instant());
  }

  /**
   * Takes room for one call into {@code chatId} in the chat's shared window (whoever sends, a
   * delivery or any bot's reply): zero means it is taken; otherwise how long until there is room.
   * Without shared windows, zero: a lone process's deliveries keep the chats' limits in its own
   * windows.
   */
  public Duration takeChat(ChatPlatform platform, String chatId, boolean group) {
    return shared == null
        ? Duration.ZERO
        : shared.takeChat(platform, limits.get(platform), chatId, group);
  }

  /**
   * How long until {@code chatId}'s shared window has room, without taking it (zero when it has, or
   * without shared windows): a sender looks before it waits for the overall limit and takes the
   * chat's room ({@link #takeChat}) only right before its call.
   */
  public Duration untilChat(ChatPlatform platform, String chatId, boolean group) {
    return shared == null
        ? Duration.ZERO
        : shared.untilChat(platform, limits.get(platform), chatId, group);
  }

  /**
   * Right before a delivery's call, after this process's own pacing: room in the shared overall
   * window, unless a reply is waiting for it. Zero without shared windows.
   */
  Duration takeForDelivery(ChatPlatform platform) {
    if (shared == null || platform == ChatPlatform.DISCORD) {
      return Duration.ZERO; // on Discord every request is counted as it leaves: takeRequest
    }
    return shared.takeOverall(platform, limits.get(platform), false);
  }

  /**
   * For the Discord adapter's HTTP client, right before each request to the API (Discord's global
   * limit counts them all: messages, opening a direct message, registering commands; not the
   * answers to interactions): room in the shared overall window, zero when taken. Without shared
   * windows zero: a lone process's deliveries are paced in its own windows.
   */
  public Duration takeRequest(ChatPlatform platform) {
    return shared == null ? Duration.ZERO : shared.takeRequest(platform, limits.get(platform));
  }

  /**
   * The calls this thread took room for are made (or given up): their times in the shared windows
   * become now, so the next call waits for when the platform surely saw them. Call it after every
   * call that took room, whatever its outcome.
   */
  public void sent() {
    if (shared != null) {
      shared.sent();
    }
  }

  /** Deletes the shared windows that ran out (a lone process's forget by themselves). */
  void forgetIdle() {
    if (shared != null) {
      shared.forgetIdle();
    }
  }

  /** Calls per window deliveries may use on the platform (its limit less the replies' share). */
  public int deliveryShare(ChatPlatform platform) {
    return windows.get(platform).deliveryShare();
  }
}
