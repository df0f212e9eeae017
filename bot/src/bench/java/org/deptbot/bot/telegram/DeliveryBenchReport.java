package org.deptbot.bot.telegram;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.bot.telegram.fake.ReceivedMessage;
import org.deptbot.bot.telegram.fake.SendStats;

/**
 * The figures of one broadcast, worked out from what the fake received (its wall-clock receive
 * times) and the instant the worker stored the notice (confirm).
 */
final class DeliveryBenchReport {

  /**
   * Telegram's limit on messages per second for one bot (the Bot API FAQ; docs/platform-rules.md).
   */
  static final double PLATFORM_LIMIT = 30;

  /**
   * What happened at the kill: messages the fake had admitted, deliveries left SENDING (claimed,
   * not finished) just after it, and when it was.
   */
  record Kill(long messagesBefore, long sendingAfter, int senders, Instant at) {}

  /**
   * Calls the killed bot had on the wire land within milliseconds of the SIGKILL; the next bot
   * sends no sooner than a second after taking the role. So the first post this long after the kill
   * is the next bot's.
   */
  private static final Duration LAST_CALLS_LAND = Duration.ofMillis(100);

  private final SendStats stats;
  private final Instant confirmed;
  private final List<Long> channels = new ArrayList<>();
  private final List<Long> subscribers = new ArrayList<>();
  private final int reserved;

  DeliveryBenchReport(
      SendStats stats, Instant confirmed, int channelCount, int subscriberCount, int reserved) {
    this.stats = stats;
    this.reserved = reserved;
    this.confirmed = confirmed;
    for (int i = 0; i < channelCount; i++) {
      channels.add(DeliveryBenchData.channelChat(i));
    }
    for (int i = 0; i < subscriberCount; i++) {
      subscribers.add(DeliveryBenchData.subscriberChat(i));
    }
  }

  void print(PrintStream out, String title, Kill kill) {
    List<Long> targets = new ArrayList<>(channels);
    targets.addAll(subscribers);
    // the broadcast's messages only: the replies to the person pressing a button are left out
    List<ReceivedMessage> received =
        targets.stream().flatMap(c -> stats.messagesTo(c).stream()).toList();
    List<Instant> all = received.stream().map(ReceivedMessage::receivedAt).sorted().toList();
    int messages = all.size();
    double rate = perSecond(received);
    double share = PLATFORM_LIMIT * (30 - reserved) / 30;
    double fromConfirm =
        all.isEmpty() ? 0 : messages / seconds(Duration.between(confirmed, all.get(messages - 1)));
    long duplicated = targets.stream().filter(c -> stats.messagesTo(c).size() > 1).count();
    long extra = targets.stream().mapToLong(c -> Math.max(0, stats.messagesTo(c).size() - 1)).sum();
    long[] channelMillis = channels.stream().mapToLong(this::millisToFirst).toArray();
    long onTime = Arrays.stream(channelMillis).filter(ms -> ms >= 0 && ms <= 2000).count();
    long lastSubscriber = subscribers.stream().mapToLong(this::millisToFirst).max().orElse(-1);

    out.println(title);
    line(
        out,
        "targets",
        "%d (%d channels, %d subscribers)",
        targets.size(),
        channels.size(),
        subscribers.size());
    line(
        out,
        "messages",
        "%d received by the targets; %d sends accepted in all (replies included)",
        messages,
        stats.acceptedSends());
    line(
        out,
        "messages/s",
        "%.2f first to last post = %.3f of the deliveries' share (%.0f/s: Telegram's %.0f/s less"
            + " %d of every 30 kept for replies) = %.3f of Telegram's %.0f/s",
        rate,
        rate / share,
        share,
        PLATFORM_LIMIT,
        reserved,
        rate / PLATFORM_LIMIT,
        PLATFORM_LIMIT);
    line(
        out,
        "",
        "%.2f from confirm to last post = %.3f of the share, %.3f of the limit",
        fromConfirm,
        fromConfirm / share,
        fromConfirm / PLATFORM_LIMIT);
    line(
        out,
        "violations",
        "%d (global %d, chat %d, group %d)",
        stats.totalViolations(),
        stats.violations(RateLimits.Scope.GLOBAL),
        stats.violations(RateLimits.Scope.CHAT),
        stats.violations(RateLimits.Scope.GROUP));
    line(out, "lost", "%d targets got nothing", stats.lostChats(targets).size());
    line(out, "duplicated", "%d targets got more than one (%d extra messages)", duplicated, extra);
    line(
        out,
        "channel posts",
        "p50 %d ms, p95 %d ms, max %d ms after confirm; %d of %d within 2 s",
        percentile(channelMillis, 50),
        percentile(channelMillis, 95),
        percentile(channelMillis, 100),
        onTime,
        channels.size());
    line(out, "last subscriber", "%.1f s after confirm", lastSubscriber / 1000.0);
    line(out, "longest pause", "%d ms between two posts", longestPause(all));
    if (kill != null) {
      line(out, "killed after", "%d messages (SIGKILL)", kill.messagesBefore());
      line(
          out,
          "in flight",
          "%d deliveries SENDING just after the kill (the engine's bound is senders = %d)",
          kill.sendingAfter(),
          kill.senders());
      Instant settled = kill.at().plus(LAST_CALLS_LAND);
      long landed = all.stream().filter(t -> !t.isBefore(kill.at()) && t.isBefore(settled)).count();
      all.stream()
          .filter(t -> !t.isBefore(settled))
          .findFirst()
          .ifPresentOrElse(
              next ->
                  line(
                      out,
                      "takeover",
                      "%d ms from the SIGKILL to the next post (%d posts of the killed bot"
                          + " landed in the %d ms after it)",
                      Duration.between(kill.at(), next).toMillis(),
                      landed,
                      LAST_CALLS_LAND.toMillis()),
              () -> line(out, "takeover", "nothing was posted after the kill"));
    }
    out.flush();
  }

  /** Messages per second from the first to the last (the intervals between them), as SendStats. */
  private static double perSecond(List<ReceivedMessage> received) {
    if (received.size() < 2) {
      return 0;
    }
    long first = received.stream().mapToLong(ReceivedMessage::receivedNanos).min().orElseThrow();
    long last = received.stream().mapToLong(ReceivedMessage::receivedNanos).max().orElseThrow();
    return last == first ? 0 : (received.size() - 1) / ((last - first) / 1e9);
  }

  /** Milliseconds from confirm to the chat's first message; -1 if it got none. */
  private long millisToFirst(long chat) {
    return stats.messagesTo(chat).stream()
        .map(ReceivedMessage::receivedAt)
        .min(Comparator.naturalOrder())
        .map(at -> Duration.between(confirmed, at).toMillis())
        .orElse(-1L);
  }

  private static long longestPause(List<Instant> sorted) {
    long longest = 0;
    for (int i = 1; i < sorted.size(); i++) {
      longest = Math.max(longest, Duration.between(sorted.get(i - 1), sorted.get(i)).toMillis());
    }
    return longest;
  }

  /** Nearest rank; a chat that got nothing (-1) counts as slowest. */
  private static long percentile(long[] values, int p) {
    if (values.length == 0) {
      return -1;
    }
    long[] sorted = Arrays.stream(values).map(v -> v < 0 ? Long.MAX_VALUE : v).sorted().toArray();
    long v = sorted[(int) Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1)];
    return v == Long.MAX_VALUE ? -1 : v;
  }

  private static double seconds(Duration d) {
    return Math.max(1e-9, d.toNanos() / 1e9);
  }

  private static void line(PrintStream out, String label, String format, Object... args) {
    out.printf(Locale.ROOT, "  %-16s %s%n", label, String.format(Locale.ROOT, format, args));
  }
}
