package org.deptbot.bot.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.core.reports.Report;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A benchmark, not a test: it prints figures and asserts nothing about time. It starts the bot as
 * production runs it (embedded MongoDB on an H2 file under a fresh data folder, the example seed,
 * training chat on, Telegram and Discord off; flood guard and per-hour report limit widened), then:
 *
 * <ol>
 *   <li>drives {@code -Dreports} complete intakes (default 2,000) through {@link
 *       ChatIngress#receiveAndProcess}, the adapters' entry point (each update stored, handled,
 *       delivered, marked handled), as {@code -Dthreads} reporters at once (default 4, each its own
 *       chat account linked to one of the seed's officers), and prints reports/s over the run and
 *       the latency of the final Submit: from handing the press to the ingress to the receipt's
 *       delivery;
 *   <li>stores {@code -Dcases} cases (default 100,000) in bulk, 1,000 of them open with Deputy
 *       Chief Alvarez ({@code s-010}), and times her {@code /queue} through the same entry point
 *       ({@code -Dqueues} runs, default 200), first page and last page.
 * </ol>
 *
 * <p>Run: {@code ./mvnw -q -pl core,bot -am -Pbench process-test-classes
 * -Dbench.main=org.deptbot.bot.reports.ReportsBench} with, optionally, {@code -Dreports=2000
 * -Dthreads=4 -Dcases=100000 -Dqueues=200}. The load average is printed with the figures: other
 * work on the machine shows in them.
 */
final class ReportsBench {

  private static final String[] OFFICERS = {"s-031", "s-032", "s-041", "s-042"};
  private static final String SUPERVISOR = "s-010";

  private final int reports = Integer.getInteger("reports", 2000);
  private final int threads = Integer.getInteger("threads", 4);
  private final int warmUp = Integer.getInteger("warmup", 200);
  private final int cases = Integer.getInteger("cases", 100_000);
  private final int queues = Integer.getInteger("queues", 200);

  public static void main(String[] args) throws Exception {
    var bench = new ReportsBench();
    System.out.printf(
        Locale.ROOT,
        "Reports benchmark: %d intakes by %d reporters at once (after %d warm-up intakes),"
            + " /queue with %d cases; %d CPUs, load average %s, Java %s%n",
        bench.reports,
        bench.threads,
        bench.warmUp,
        bench.cases,
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        System.getProperty("java.version"));
    Path dataDir = Files.createTempDirectory("reports-bench");
    try (ConfigurableApplicationContext bot = start(dataDir)) {
      bench.run(bot);
    } finally {
      deleteTree(dataDir);
    }
    System.exit(0);
  }

  private void run(ConfigurableApplicationContext bot) throws Exception {
    ChatIngress ingress = bot.getBean(ChatIngress.class);
    ChatLinks links = bot.getBean(ChatLinks.class);
    Clock clock = bot.getBean(Clock.class);
    MongoOperations mongo = bot.getBean(MongoOperations.class);
    List<BenchChat> reporters = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      var chat = new BenchChat(ingress, "bench-reporter-" + t, "Reporter " + t);
      link(links, chat, OFFICERS[t % OFFICERS.length], clock);
      reporters.add(chat);
    }
    intakes(reporters, warmUp);
    long before = reporters.stream().mapToLong(BenchChat::updates).sum();
    long start = System.nanoTime();
    long[] submits = intakes(reporters, reports);
    double seconds = (System.nanoTime() - start) / 1e9;
    long updates = reporters.stream().mapToLong(BenchChat::updates).sum() - before;
    System.out.println("Intakes through ChatIngress.receiveAndProcess");
    line(
        "reports/s",
        "%.1f (%d in %.2f s; %.0f updates/s)",
        reports / seconds,
        reports,
        seconds,
        updates / seconds);
    line("Submit→receipt", "%s", latencies(submits));
    line(
        "stored",
        "%d cases",
        mongo.count(new org.springframework.data.mongodb.core.query.Query(), Report.class));
    line("load average", "%s", loadAverage());

    long t0 = System.nanoTime();
    long open = new BenchCases(mongo, SUPERVISOR).insert(cases, clock.instant());
    double insertSeconds = (System.nanoTime() - t0) / 1e9;
    var supervisor = new BenchChat(ingress, "bench-supervisor", "Maria Alvarez");
    link(links, supervisor, SUPERVISOR, clock);
    System.out.printf(Locale.ROOT, "/queue of %s, %d open cases%n", SUPERVISOR, open);
    line(
        "inserted",
        "%d cases in %.1f s (%.0f/s, bulk inserts of 1,000)",
        cases,
        insertSeconds,
        cases / insertSeconds);
    line("first page", "%s", latencies(queue(supervisor, "/queue", open)));
    line("last page", "%s", latencies(queue(supervisor, "/queue " + (open - 1) / 5, open)));
    line("load average", "%s", loadAverage());
  }

  /** Runs {@code count} intakes spread over the reporters, one thread each; the Submit times. */
  private static long[] intakes(List<BenchChat> reporters, int count) throws Exception {
    int n = reporters.size();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<long[]>> runs = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        int mine = count / n + (t < count % n ? 1 : 0);
        BenchIntake intake = new BenchIntake(reporters.get(t));
        int offset = t * 1_000_000;
        runs.add(
            pool.submit(
                () -> {
                  long[] nanos = new long[mine];
                  for (int i = 0; i < mine; i++) {
                    nanos[i] = intake.report(offset + i);
                  }
                  return nanos;
                }));
      }
      long[] all = new long[0];
      for (Future<long[]> run : runs) {
        long[] part = run.get();
        all = Arrays.copyOf(all, all.length + part.length);
        System.arraycopy(part, 0, all, all.length - part.length, part.length);
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private long[] queue(BenchChat chat, String command, long open) {
    String heading = "Your open cases (" + String.format(Locale.ENGLISH, "%,d", open) + ")";
    for (int i = 0; i < 20; i++) {
      chat.say(command);
    }
    if (!chat.lastText().contains(heading.replace(",", "")) && !chat.lastText().contains(heading)) {
      throw new IllegalStateException("unexpected /queue reply: " + chat.lastText());
    }
    long[] nanos = new long[queues];
    for (int i = 0; i < queues; i++) {
      nanos[i] = chat.say(command);
    }
    return nanos;
  }

  private static void link(ChatLinks links, BenchChat chat, String staffId, Clock clock) {
    links.relink(ChatLink.of(chat.identity(), staffId, clock.instant(), ChatLink.Source.TRAINING));
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(BotApplication.class)
        .run(
            "--deptbot.storage.mongodb-uri=",
            "--deptbot.storage.data-dir=" + dataDir,
            "--deptbot.storage.embedded-port=0",
            "--deptbot.seed-file=" + seed(),
            "--deptbot.telegram.token=",
            "--deptbot.discord.token=",
            "--deptbot.training.enabled=on",
            "--deptbot.chat.flood.burst=1000000",
            "--deptbot.reports.per-hour=1000000",
            "--server.port=0",
            "--logging.level.root=warn",
            "--logging.level.org.deptbot=warn");
  }

  private static Path seed() {
    Path here = Path.of("examples/seed.yml");
    return Files.exists(here)
        ? here.toAbsolutePath()
        : Path.of("../examples/seed.yml").toAbsolutePath();
  }

  static String latencies(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d)",
        at(sorted, 50),
        at(sorted, 95),
        at(sorted, 99),
        at(sorted, 100),
        sorted.length);
  }

  /** Nearest rank, in milliseconds. */
  private static double at(long[] sorted, int p) {
    return sorted[(int) Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  private static void line(String label, String format, Object... args) {
    System.out.printf(Locale.ROOT, "  %-16s %s%n", label, String.format(Locale.ROOT, format, args));
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
