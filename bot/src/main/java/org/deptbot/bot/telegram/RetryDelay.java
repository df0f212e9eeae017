package org.deptbot.bot.telegram;

import java.time.Duration;

/** Waits that double from half a second up to a ceiling, for retrying a call that failed. */
final class RetryDelay {

  private static final Duration FIRST = Duration.ofMillis(500);
  private final Duration max;
  private Duration next = FIRST;

  RetryDelay(Duration max) {
    this.max = max;
  }

  /** The wait before the next attempt; each call doubles the one after, up to the ceiling. */
  synchronized Duration next() {
    Duration wait = next.compareTo(max) < 0 ? next : max;
    next = wait.multipliedBy(2);
    return wait;
  }

  /** After a success: the next failure waits the shortest time again. */
  synchronized void reset() {
    next = FIRST;
  }
}
