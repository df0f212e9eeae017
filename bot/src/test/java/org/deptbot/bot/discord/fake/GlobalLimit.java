package org.deptbot.bot.discord.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Discord's global rate limit: a bot may make at most {@code limit} requests in any {@code window}
 * (50 a second), over every route and every connection made with its token; interaction callbacks
 * and follow-ups (routes under {@code interactions/} and {@code webhooks/}) are not counted. A
 * request over it is answered 429 with {@code "global": true}, {@code X-RateLimit-Global: true} and
 * the seconds to wait in {@code retry_after}, is not carried out, and counts as a violation.
 */
final class GlobalLimit {

  private final int limit;
  private final long windowNanos;
  private final Deque<Long> admitted = new ArrayDeque<>();
  private long requests;
  private long violations;

  GlobalLimit(int limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  /** Discord's: 50 requests a second. */
  static GlobalLimit discord() {
    return new GlobalLimit(50, Duration.ofSeconds(1));
  }

  /** Admits and counts one request at {@code now}; otherwise the wait until one more fits. */
  synchronized Duration admit(long now) {
    while (!admitted.isEmpty() && now - admitted.peekFirst() >= windowNanos) {
      admitted.removeFirst();
    }
    if (admitted.size() < limit) {
      admitted.addLast(now);
      requests++;
      return Duration.ZERO;
    }
    violations++;
    return Duration.ofNanos(Math.max(1_000_000, admitted.peekFirst() + windowNanos - now));
  }

  /** Requests admitted under the limit so far. */
  synchronized long requests() {
    return requests;
  }

  /** Requests refused for going over the limit so far. */
  synchronized long violations() {
    return violations;
  }
}
