package org.deptbot.bot.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Errors a test asked for, answered instead of running the next calls of a method. */
final class Faults {

  private final Map<String, Deque<ApiError>> queued = new HashMap<>();
  private int answered;

  synchronized void add(String method, int times, ApiError error) {
    Deque<ApiError> errors = queued.computeIfAbsent(key(method), key -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      errors.add(error);
    }
  }

  /** Forgets the errors not answered yet. */
  synchronized void clear() {
    queued.clear();
  }

  /** The error to answer this call with, or null to run the method. */
  synchronized ApiError next(String method) {
    Deque<ApiError> errors = queued.get(key(method));
    ApiError error = errors == null ? null : errors.poll();
    if (error != null) {
      answered++;
    }
    return error;
  }

  /** How many calls were answered with an injected error so far. */
  synchronized int answered() {
    return answered;
  }

  // Telegram matches method names case-insensitively.
  private static String key(String method) {
    return method.toLowerCase(Locale.ROOT);
  }
}
