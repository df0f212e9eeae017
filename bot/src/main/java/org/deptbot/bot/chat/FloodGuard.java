package org.deptbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user flood protection: a token bucket per chat account. The first message over the limit gets
 * a polite answer; further ones in the same burst are dropped quietly, so a flood cannot make the
 * bot flood back.
 */
public class FloodGuard {

  /** What to do with one message. */
  public enum Verdict {
    ALLOW,
    WARN,
    DROP
  }

  private final int capacity;
  private final Duration refillEvery;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  // A public bot meets many users once; their buckets are dropped once full again.
  private static final int MAX_TRACKED = 10_000;

  public FloodGuard(int capacity, Duration refillEvery, Clock clock) {
    this.capacity = capacity;
    this.refillEvery = refillEvery;
    this.clock = clock;
  }

  public Verdict check(String userKey) {
    Instant now = clock.instant();
    if (buckets.size() > MAX_TRACKED) {
      forgetIdle(now);
    }
    return buckets
        .compute(userKey, (k, b) -> (b == null ? new Bucket(capacity, now, false) : b).take(now))
        .verdict();
  }

  /** How many users are being tracked now. */
  int tracked() {
    return buckets.size();
  }

  /** Drops buckets that have refilled completely: forgetting them changes nothing. */
  private void forgetIdle(Instant now) {
    Duration full = refillEvery.multipliedBy(capacity);
    buckets.values().removeIf(b -> b.last.plus(full).isBefore(now));
  }

  private final class Bucket {
    private double tokens;
    private Instant last;
    private boolean warned;
    private Verdict verdict = Verdict.ALLOW;

    Bucket(double tokens, Instant last, boolean warned) {
      this.tokens = tokens;
      this.last = last;
      this.warned = warned;
    }

    Bucket take(Instant now) {
      double refill = Duration.between(last, now).toMillis() / (double) refillEvery.toMillis();
      tokens = Math.min(capacity, tokens + Math.max(0, refill));
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        warned = false;
        verdict = Verdict.ALLOW;
      } else {
        verdict = warned ? Verdict.DROP : Verdict.WARN;
        warned = true;
      }
      return this;
    }

    Verdict verdict() {
      return verdict;
    }
  }
}
