package org.deptbot.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Rolling windows of recent sends, overall and per chat, so a worker sends only what the platform
 * allows now; plus the pauses a platform asked for with a 429. Times are passed in, so tests need
 * no sleeping.
 */
final class SendWindows {

  private final SendLimits limits;
  private final Deque<Instant> overall = new ArrayDeque<>();
  private final Map<String, Deque<Instant>> perChat = new HashMap<>();
  private final Map<String, Instant> pausedUntil = new HashMap<>();
  private Instant overallPausedUntil = Instant.EPOCH;

  SendWindows(SendLimits limits) {
    this.limits = limits;
  }

  /**
   * How long until one more message may go to {@code chatId}: zero means now, and the chat's send
   * is recorded (so nothing more is claimed for that chat); otherwise nothing is recorded. The
   * overall limit is only looked at here: it is taken by {@link #takeOverall} when the message
   * actually leaves, since the database work between claim and send varies by tens of milliseconds,
   * enough to bunch a full window's sends closer than the platform allows.
   */
  synchronized Duration tryTake(String chatId, boolean group, Instant now) {
    Duration wait = max(untilOverall(now), untilChat(chatId, group, now));
    if (!wait.isZero()) {
      return wait;
    }
    if (chatLimit(group) > 0) {
      perChat.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addLast(now);
    }
    return Duration.ZERO;
  }

  /**
   * Just before a call goes to the platform: zero means it may go now, and it is recorded against
   * the overall limit; otherwise how long to wait before asking again. Calls are also spread
   * evenly, one per window divided by limit, rather than a window's worth at once: the same rate,
   * but a call held up on its way (scheduling, a pause) must be late by more than that spacing
   * before the platform could see more than its limit in one of its own windows.
   */
  synchronized Duration takeOverall(Instant now) {
    Duration wait = max(untilOverall(now), untilSpaced(now));
    if (wait.isZero() && limits.overall() > 0) {
      overall.addLast(now);
    }
    return wait;
  }

  /** How long until the overall limit lets one more through. */
  synchronized Duration untilOverall(Instant now) {
    Duration paused = positive(Duration.between(now, overallPausedUntil));
    if (limits.overall() == 0) {
      return paused;
    }
    return max(paused, untilWindow(overall, limits.overall(), limits.overallWindow(), now));
  }

  /** The platform answered 429 for {@code chatId}: nothing more goes there before {@code until}. */
  synchronized void pause(String chatId, Instant until) {
    pausedUntil.merge(chatId, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** The platform answered 429 to a request that concerns no chat in particular. */
  synchronized void pauseOverall(Instant until) {
    if (until.isAfter(overallPausedUntil)) {
      overallPausedUntil = until;
    }
  }

  /** Forgets chats with nothing in their window, so memory stays flat over long runs. */
  synchronized void forgetIdle(Instant now) {
    Duration longest = max(limits.privateChatWindow(), limits.groupWindow());
    for (Iterator<Deque<Instant>> it = perChat.values().iterator(); it.hasNext(); ) {
      Deque<Instant> sends = it.next();
      if (sends.isEmpty() || !sends.peekLast().plus(longest).isAfter(now)) {
        it.remove();
      }
    }
    pausedUntil.values().removeIf(until -> !until.isAfter(now));
  }

  private Duration untilSpaced(Instant now) {
    if (limits.overall() == 0 || overall.isEmpty()) {
      return Duration.ZERO;
    }
    Duration spacing = limits.overallWindow().dividedBy(limits.overall());
    return positive(Duration.between(now, overall.peekLast().plus(spacing)));
  }

  private Duration untilChat(String chatId, boolean group, Instant now) {
    Duration paused =
        positive(Duration.between(now, pausedUntil.getOrDefault(chatId, Instant.EPOCH)));
    int limit = chatLimit(group);
    Deque<Instant> sends = perChat.get(chatId);
    if (limit == 0 || sends == null) {
      return paused;
    }
    Duration window = group ? limits.groupWindow() : limits.privateChatWindow();
    return max(paused, untilWindow(sends, limit, window, now));
  }

  private int chatLimit(boolean group) {
    return group ? limits.perGroup() : limits.perPrivateChat();
  }

  /** Drops sends that left the window; with the window full, the wait until the oldest leaves. */
  private static Duration untilWindow(
      Deque<Instant> sends, int limit, Duration window, Instant now) {
    while (!sends.isEmpty() && !sends.peekFirst().plus(window).isAfter(now)) {
      sends.removeFirst();
    }
    if (sends.size() < limit) {
      return Duration.ZERO;
    }
    return Duration.between(now, sends.peekFirst().plus(window));
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
