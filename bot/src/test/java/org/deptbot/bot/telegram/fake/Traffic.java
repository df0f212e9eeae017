package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What happens to a call around its method: the artificial latency, the rate limits on sending
 * calls and the counters. Nothing here holds a lock while a call sleeps or runs.
 */
final class Traffic {

  /** The rate-limited methods, lower case. */
  static final Set<String> SENDING =
      Set.of("sendmessage", "sendphoto", "editmessagetext", "editmessagecaption", "deletemessage");

  /** A call let through ({@code refusal} null) or the 429 to answer instead. */
  record Pass(long atNanos, Instant at, ApiError refusal) {}

  private static final Pass UNLIMITED = new Pass(0, null, null);

  private final SendLog log = new SendLog();
  private volatile LongSupplier clock = System::nanoTime;
  private volatile RateLimiter limiter;
  private volatile long latencyNanos;

  void enforce(RateLimits limits) {
    limiter = limits == null ? null : new RateLimiter(limits, this::now);
  }

  void latency(Duration latency) {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
    latencyNanos = latency.toNanos();
  }

  void useClock(LongSupplier nanos) {
    clock = nanos;
  }

  private long now() {
    return clock.getAsLong();
  }

  /** Sleeps the latency set, on the calling thread only. */
  void delay() throws InterruptedException {
    long nanos = latencyNanos;
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  /** Checks a call ({@code method} in lower case) against the limits, counting a refusal. */
  Pass admit(String method, ApiRequest request) {
    if (!SENDING.contains(method)) {
      return UNLIMITED;
    }
    RateLimiter current = limiter;
    Long chatId = request.longValue("chat_id");
    if (current == null || chatId == null) {
      // A call without a usable chat_id fails in its method, as Telegram rejects it before limits.
      return new Pass(now(), Instant.now(), null);
    }
    RateLimiter.Verdict verdict = current.admit(chatId);
    Instant at = Instant.now();
    if (verdict.refused() == null) {
      return new Pass(verdict.atNanos(), at, null);
    }
    log.violated(verdict.refused());
    int seconds = verdict.retryAfterSeconds();
    ApiError refusal = new ApiError(429, "Too Many Requests: retry after " + seconds, seconds);
    return new Pass(verdict.atNanos(), at, refusal);
  }

  /** Counts a call its method carried out. */
  void succeeded(String method, Pass pass, JsonNode result) {
    if (!SENDING.contains(method)) {
      return;
    }
    boolean newMessage = method.equals("sendmessage") || method.equals("sendphoto");
    log.accepted(newMessage ? ReceivedMessage.of(result, pass.atNanos(), pass.at()) : null);
  }

  SendStats stats() {
    return log.snapshot();
  }

  void resetStats() {
    log.reset();
  }
}
