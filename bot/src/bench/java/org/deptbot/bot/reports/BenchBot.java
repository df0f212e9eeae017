package org.deptbot.bot.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.deptbot.bot.BotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot for {@link ReportsBench}, as {@code BotIntegrationTest} starts it and production runs it:
 * embedded MongoDB on an H2 file in a fresh data folder (commit per write), the example seed,
 * training chat on, Telegram and Discord off. Flood guard and the per-hour report limit are
 * widened: the benchmark's reporters type faster and report more than people. The deadlines round
 * runs once an hour, not once a minute, so it does not escalate the year-old bulk cases mid-run.
 */
final class BenchBot implements AutoCloseable {

  private final Path dataDir;
  private final ConfigurableApplicationContext context;

  private BenchBot(Path dataDir, ConfigurableApplicationContext context) {
    this.dataDir = dataDir;
    this.context = context;
  }

  static BenchBot start() throws IOException {
    Path dataDir = Files.createTempDirectory("reports-bench");
    var context =
        new SpringApplicationBuilder(BotApplication.class)
            .run(
                // -Dnotify-every=1h takes the case notifier's scan for owed notifications out
                "--deptbot.reports.notify-every=" + System.getProperty("notify-every", "1s"),
                // the bulk cases are a year old: a deadlines round would escalate the
                // unacknowledged
                // ones, the supervisor's among them, while her /queue is timed
                // (-Ddeadlines-every=1m)
                "--deptbot.reports.deadlines-every=" + System.getProperty("deadlines-every", "1h"),
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
                "--logging.level.de.bwaldvogel.mongo=error",
                "--logging.level.org.deptbot=warn");
    return new BenchBot(dataDir, context);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() throws IOException {
    context.close();
    try (Stream<Path> paths = Files.walk(dataDir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The example seed, from the repository root or the bot module (where Maven runs mains). */
  private static Path seed() {
    Path here = Path.of("examples/seed.yml");
    return (Files.exists(here) ? here : Path.of("../examples/seed.yml")).toAbsolutePath();
  }
}
