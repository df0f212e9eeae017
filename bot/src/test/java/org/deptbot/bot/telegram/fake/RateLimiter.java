package org.deptbot.bot.telegram.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Sliding-window logs of the admitted sending calls, one for the bot and one per chat. A refused
 * call is not logged, so it does not push the window out. One monitor guards all windows; it is
 * held for a few comparisons only, never during latency or the call itself.
 */
final class RateLimiter {

  private static final long SECOND = 1_000_000_000L;

  /** The verdict on one call: {@code refused} is null when admitted. */
  record Verdict(long atNanos, RateLimits.Scope refused, int retryAfterSeconds) {}

  private final RateLimits limits;
  private final LongSupplier clock;
  private final Window global;
  private final Map<Long, Window> perChat = new HashMap<>();

  RateLimiter(RateLimits limits, LongSupplier clock) {
    this.limits = limits;
    this.clock = clock;
    this.global = new Window(limits.perBot(), limits.botWindow().toNanos());
  }

  /** Admits and logs a call to the chat now, or says which limit refuses it and for how long. */
  synchronized Verdict admit(long chatId) {
    // Read inside the monitor, so the logs see times in the order calls were admitted.
    long now = clock.getAsLong();
    Window chat = perChat.computeIfAbsent(chatId, this::newChatWindow);
    long chatWait = chat.waitNanos(now);
    long globalWait = global.waitNanos(now);
    if (chatWait == 0 && globalWait == 0) {
      chat.record(now);
      global.record(now);
      return new Verdict(now, null, 0);
    }
    RateLimits.Scope scope =
        chatWait >= globalWait
            ? (chatId > 0 ? RateLimits.Scope.CHAT : RateLimits.Scope.GROUP)
            : RateLimits.Scope.GLOBAL;
    long wait = Math.max(chatWait, globalWait);
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (wait + SECOND - 1) / SECOND));
    return new Verdict(now, scope, seconds);
  }

  private Window newChatWindow(long chatId) {
    return chatId > 0
        ? new Window(limits.perPrivateChat(), limits.privateChatWindow().toNanos())
        : new Window(limits.perGroup(), limits.groupWindow().toNanos());
  }

  /** The admission times still inside the window, oldest first, in a ring of {@code limit}. */
  private static final class Window {
    private final long[] times;
    private final long length;
    private int head;
    private int size;

    Window(int limit, long length) {
      this.times = new long[limit];
      this.length = length;
    }

    /** Nanoseconds until one more call fits; 0 if it fits now. */
    long waitNanos(long now) {
      while (size > 0 && now - times[head] >= length) {
        head = (head + 1) % times.length;
        size--;
      }
      return size < times.length ? 0 : times[head] + length - now;
    }

    void record(long now) {
      times[(head + size) % times.length] = now;
      size++;
    }
  }
}
