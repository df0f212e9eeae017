package org.deptbot.bot.telegram;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.deptbot.bot.telegram.fake.FakeTelegram;

/**
 * A person who, during {@link DeliveryBench}'s broadcast, presses a button of the bot's message
 * every {@code every} plus up to a second, each time waiting for the press to be answered
 * (answerCallbackQuery) and for the reply it asks for (a new message), and times both from the
 * press. Figures only: nothing here passes or fails.
 */
final class DeliveryBenchPresser {

  private static final Duration GIVE_UP = Duration.ofSeconds(90);

  private final FakeTelegram fake;
  private final long user;
  private final int messageId;
  private final String callbackData;
  private final Duration every;
  private final List<Long> answerMillis = new ArrayList<>();
  private final List<Long> replyMillis = new ArrayList<>();
  private int unanswered;
  private volatile boolean stopping;
  private Thread thread;

  DeliveryBenchPresser(
      FakeTelegram fake, long user, int messageId, String callbackData, Duration every) {
    this.fake = fake;
    this.user = user;
    this.messageId = messageId;
    this.callbackData = callbackData;
    this.every = every;
  }

  void start() {
    thread = new Thread(this::pressUntilStopped, "bench-presser");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops pressing; the press under way is waited for. */
  void stop() throws InterruptedException {
    stopping = true;
    thread.join(GIVE_UP.toMillis() * 2);
  }

  private void pressUntilStopped() {
    try {
      while (!stopping) {
        Thread.sleep(every.toMillis() + ThreadLocalRandom.current().nextLong(1000));
        if (!stopping) {
          pressOnce();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void pressOnce() {
    int before = fake.messagesTo(user).size();
    long pressed = System.nanoTime();
    String query = fake.callbackQueryId(fake.pressButton(user, user, messageId, callbackData));
    if (!fake.awaitCallbackAnswered(query, GIVE_UP)) {
      synchronized (this) {
        unanswered++;
      }
      return;
    }
    long answered = System.nanoTime();
    try {
      fake.awaitMessages(user, before + 1, GIVE_UP);
    } catch (AssertionError none) {
      synchronized (this) {
        unanswered++;
      }
      return;
    }
    long replied = System.nanoTime();
    synchronized (this) {
      answerMillis.add((answered - pressed) / 1_000_000);
      replyMillis.add((replied - pressed) / 1_000_000);
    }
  }

  synchronized void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "  %-16s %d presses during the broadcast, %d not answered within %d s%n",
        "button presses",
        answerMillis.size() + unanswered,
        unanswered,
        GIVE_UP.toSeconds());
    out.printf(Locale.ROOT, "  %-16s %s%n", "press → answer", figures(answerMillis));
    out.printf(Locale.ROOT, "  %-16s %s%n", "press → reply", figures(replyMillis));
    out.flush();
  }

  private static String figures(List<Long> millis) {
    if (millis.isEmpty()) {
      return "none";
    }
    List<Long> sorted = millis.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "p50 %d ms, p95 %d ms, max %d ms",
        rank(sorted, 50),
        rank(sorted, 95),
        sorted.get(sorted.size() - 1));
  }

  /** Nearest rank. */
  private static long rank(List<Long> sorted, int p) {
    return sorted.get((int) Math.max(0, Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
