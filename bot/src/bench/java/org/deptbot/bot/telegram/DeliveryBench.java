package org.deptbot.bot.telegram;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A benchmark, not a test: it prints figures and asserts nothing about time. It starts the fake
 * Telegram Bot API with Telegram's limits enforced, runs the bot's delivery engine in a child JVM
 * ({@link DeliveryBenchWorker}: embedded MongoDB on an H2 file, real telegrambots client), confirms
 * one road closure to every channel and subscriber, and prints throughput against the limit,
 * violations, lost and duplicated targets, and the time from confirm to each channel post. The
 * second run SIGKILLs the worker after a third of the messages and starts a new one on the same
 * data. Meanwhile a person presses a button in a private chat with the bot every {@code pressEvery}
 * plus up to a second ({@link DeliveryBenchPresser}), and the time from press to its answer and to
 * the reply it asks for is printed beside the broadcast's rate.
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am -Pbench process-test-classes} with, optionally, {@code
 * -Dchannels=20 -Dsubscribers=2000 -Dkill=both|true|false -Dlatency=0ms -Dsenders=4 -Dlease=5s
 * -Dreserved=0 -DpressEvery=2000ms} ({@code reserved}: calls of every window kept for replies). The
 * environment variable {@code BENCH_WORKER_JVM} adds options to the worker's JVM (say, {@code
 * -XX:StartFlightRecording=filename=worker.jfr} to profile it). The load average is printed with
 * the figures: other work on the machine shows in them.
 */
final class DeliveryBench {

  static final String TOKEN = "123456:BENCH-token";

  /** The person pressing a button during the broadcast (not a subscriber). */
  static final long PRESSER = 800_000_001L;

  private final int channels = Integer.getInteger("channels", 20);
  private final int subscribers = Integer.getInteger("subscribers", 2000);
  private final Duration latency = duration(System.getProperty("latency", "0ms"));
  private final int senders = Integer.getInteger("senders", 4);
  private final Duration lease = duration(System.getProperty("lease", "5s"));
  private final int reserved = Integer.getInteger("reserved", 0);
  private final Duration pressEvery = duration(System.getProperty("pressEvery", "2000ms"));

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ROOT")).setLevel(Level.WARN);
    var bench = new DeliveryBench();
    String kill = System.getProperty("kill", "both").toLowerCase(Locale.ROOT);
    System.out.printf(
        Locale.ROOT,
        "Delivery benchmark: %d channels + %d subscribers, fake latency %d ms per call,"
            + " senders %d, lease %d ms, %d CPUs, load average %s, Java %s%n",
        bench.channels,
        bench.subscribers,
        bench.latency.toMillis(),
        bench.senders,
        bench.lease.toMillis(),
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        System.getProperty("java.version"));
    if (!kill.equals("true")) {
      bench.run(false);
    }
    if (!kill.equals("false")) {
      bench.run(true);
    }
  }

  static TelegramUrl fakeUrl(int port) {
    return new TelegramUrl("http", "127.0.0.1", port, false);
  }

  private void run(boolean kill) throws Exception {
    int targets = channels + subscribers;
    Path dataDir = Files.createTempDirectory("delivery-bench");
    try (FakeTelegram fake = FakeTelegram.start(TOKEN, "riverton_bench_bot")) {
      fake.enforceRateLimits(RateLimits.telegram());
      fake.latency(latency);
      for (int i = 0; i < channels; i++) {
        fake.createGroup(DeliveryBenchData.channelChat(i), "Riverton channel " + i);
      }
      fake.addPrivateChats(DeliveryBenchData.firstSubscriberChat(), subscribers);
      fake.addPrivateChats(DeliveryBenchData.warmUpChat(0), DeliveryBenchData.WARM_UP_CHATS);
      fake.addPrivateChats(PRESSER, 1);

      var worker = DeliveryBenchProcess.start(dataDir, fake.port(), args("fresh"));
      String[] button = worker.await("@BUTTON", Duration.ofMinutes(3)).split(" ");
      worker.await("@READY", Duration.ofMinutes(3));
      Thread.sleep(1100); // the warm-up's posts leave the fake's one-second window
      fake.resetStats();
      var presser =
          new DeliveryBenchPresser(
              fake, PRESSER, Integer.parseInt(button[0]), button[1], pressEvery);
      worker.send("issue");
      Instant confirmed = Instant.parse(worker.await("@CONFIRMED", Duration.ofMinutes(1)));
      presser.start();
      DeliveryBenchReport.Kill killed = null;
      if (kill) {
        long third = targets / 3;
        await()
            .forever()
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(5))
            .until(() -> fake.stats().messageCount() >= third);
        worker.kill();
        long before = fake.stats().messageCount();
        worker = DeliveryBenchProcess.start(dataDir, fake.port(), args("resume"));
        long sending = Long.parseLong(worker.await("@INFLIGHT", Duration.ofMinutes(3)));
        killed = new DeliveryBenchReport.Kill(before, sending, senders);
      }
      Duration allowed = Duration.ofSeconds(120 + 2L * targets / 10).plus(lease);
      worker.await("@SENT", allowed);
      presser.stop();
      worker.send("stop");
      String done = worker.await("@DONE", Duration.ofMinutes(1));
      worker.waitFor(Duration.ofSeconds(30));
      String title =
          kill
              ? "Run 2: worker SIGKILLed after a third of the messages, restarted on the same data"
              : "Run 1: clean";
      new DeliveryBenchReport(fake.stats(), confirmed, channels, subscribers, reserved)
          .print(System.out, title + " (deliveries " + done + ")", killed);
      presser.print(System.out);
      System.out.println("  load average     " + loadAverage());
    } finally {
      deleteTree(dataDir);
    }
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private List<String> args(String mode) {
    return List.of(
        mode,
        String.valueOf(channels),
        String.valueOf(subscribers),
        String.valueOf(senders),
        String.valueOf(lease.toMillis()),
        String.valueOf(reserved),
        String.valueOf(PRESSER));
  }

  /** {@code 250ms}, {@code 5s} or ISO-8601 ({@code PT5S}). */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s") && !t.startsWith("p")) {
      return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    return Duration.parse(text.strip());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
