package org.deptbot.bot.discord.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discord's limit on publishing (crossposting) from an announcement channel: about 10 messages per
 * channel in any hour. Past it the crosspost is answered 429 with the time until the oldest
 * crosspost of the hour drops out, which can be most of an hour.
 */
final class CrosspostLimits {

  static final int PER_HOUR = 10;
  private static final Duration HOUR = Duration.ofHours(1);

  private final Map<Long, Deque<Instant>> made = new ConcurrentHashMap<>();

  /** Takes one crosspost in {@code channelId} at {@code now}; the wait if none is left, else 0. */
  synchronized Duration take(long channelId, Instant now) {
    Deque<Instant> times = made.computeIfAbsent(channelId, id -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().plus(HOUR).isAfter(now)) {
      times.removeFirst();
    }
    if (times.size() >= PER_HOUR) {
      return Duration.between(now, times.peekFirst().plus(HOUR));
    }
    times.addLast(now);
    return Duration.ZERO;
  }

  /** Records {@code count} crossposts made in {@code channelId} at {@code at}, as history. */
  synchronized void madeEarlier(long channelId, Instant at, int count) {
    Deque<Instant> times = made.computeIfAbsent(channelId, id -> new ArrayDeque<>());
    for (int i = 0; i < count; i++) {
      times.addFirst(at);
    }
  }
}
