package org.deptbot.bot.reports;

import static org.deptbot.bot.reports.BenchFigures.latencies;
import static org.deptbot.bot.reports.BenchFigures.line;
import static org.deptbot.bot.reports.BenchFigures.loadAverage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

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
 *       ({@code -Dqueues} runs, default 200, or as many as fit in {@code -Dqueue-seconds}, default
 *       120), first page and last page.
 * </ol>
 *
 * <p>Run: {@code ./mvnw -q -pl core,bot -am -Pbench process-test-classes
 * -Dbench.main=org.deptbot.bot.reports.ReportsBench} with, optionally, {@code -Dreports=2000
 * -Dthreads=4 -Dwarmup=200 -Dcases=100000 -Dqueues=200 -Dqueue-seconds=120}; {@code
 * -Dnotify-every=1h} (with {@code java} directly) takes the case notifier's once-a-second scan out
 * of the figures. The load average is printed with the figures: other work on the machine shows in
 * them.
 */
final class ReportsBench {

  private static final String[] OFFICERS = {"s-031", "s-032", "s-041", "s-042"};
  private static final String SUPERVISOR = "s-010";

  private final int reports = Integer.getInteger("reports", 2000);
  private final int threads = Integer.getInteger("threads", 4);
  private final int warmUp = Integer.getInteger("warmup", 200);
  private final int cases = Integer.getInteger("cases", 100_000);
  private final int queues = Integer.getInteger("queues", 200);
  private final long queueSeconds = Long.getLong("queue-seconds", 120);

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
    try (BenchBot bot = BenchBot.start()) {
      bench.run(bot);
    }
    System.exit(0); // the driver's and the embedded server's threads would keep the JVM a while
  }

  private void run(BenchBot bot) throws Exception {
    ChatIngress ingress = bot.bean(ChatIngress.class);
    ChatLinks links = bot.bean(ChatLinks.class);
    Clock clock = bot.bean(Clock.class);
    MongoOperations mongo = bot.bean(MongoOperations.class);
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
    line("stored", "%d cases", mongo.count(new Query(), Report.class));
    line("load average", "%s", loadAverage());

    long t0 = System.nanoTime();
    long open = new BenchCases(mongo, SUPERVISOR).insert(cases, clock.instant());
    double insertSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    bot.bean(Reports.class).rebuildIndexes(); // the bulk insert went around Reports
    double rebuildSeconds = (System.nanoTime() - t1) / 1e9;
    var supervisor = new BenchChat(ingress, "bench-supervisor", "Maria Alvarez");
    link(links, supervisor, SUPERVISOR, clock);
    System.out.printf(Locale.ROOT, "/queue of %s, %d open cases%n", SUPERVISOR, open);
    line(
        "inserted",
        "%d cases in %.1f s (%.0f/s, bulk inserts of 1,000)",
        cases,
        insertSeconds,
        cases / insertSeconds);
    line("queues rebuilt", "from all %d cases in %.1f s", cases, rebuildSeconds);
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

  /**
   * Times {@code command} {@code -Dqueues} times, or as many as fit in {@code -Dqueue-seconds}
   * (default 120): a slow /queue would otherwise keep the benchmark for hours.
   */
  private long[] queue(BenchChat chat, String command, long open) {
    for (int i = 0; i < 3; i++) {
      chat.say(command);
    }
    String text = chat.lastText();
    if (!text.contains("Your open cases (" + open + ")")
        && !text.contains(String.format(Locale.ENGLISH, "Your open cases (%,d)", open))) {
      throw new IllegalStateException("unexpected /queue reply: " + text);
    }
    long deadline = System.nanoTime() + queueSeconds * 1_000_000_000L;
    long[] nanos = new long[queues];
    int runs = 0;
    while (runs < queues && System.nanoTime() < deadline) {
      nanos[runs++] = chat.say(command);
    }
    return Arrays.copyOf(nanos, runs);
  }

  private static void link(ChatLinks links, BenchChat chat, String staffId, Clock clock) {
    links.relink(ChatLink.of(chat.identity(), staffId, clock.instant(), ChatLink.Source.TRAINING));
  }
}
