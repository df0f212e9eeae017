package org.deptbot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command, run as a newcomer types it from the repository root: the unpacked jar
 * started from the class-data sharing archive that {@code package} made. {@code -Xshare:on} makes
 * the JVM refuse to start if the archive does not fit the jar beside it (made from another build,
 * or for another class path), where the README's command would quietly start slowly instead.
 */
class StartupFromArchiveIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

  @TempDir Path work;

  @Test
  void theReadmeCommandStartsFromTheArchiveAndBecomesHealthy() throws Exception {
    assumeThat(System.getProperty("deptbot.cds.skip", "false"))
        .as("built with -Ddeptbot.cds.skip=true: no archive was made")
        .isEqualTo("false");
    assertThat(ROOT.resolve("bot/target/app/deptbot-bot.jsa"))
        .as("package makes the archive")
        .exists();
    Path log = work.resolve("bot.log");
    Path classes = work.resolve("classes.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:on");
    command.add("-XX:SharedArchiveFile=bot/target/app/deptbot-bot.jsa");
    command.add("-Xlog:class+load=info:file=" + classes);
    command.add("-jar");
    command.add("bot/target/app/deptbot-bot.jar");
    command.add("--deptbot.storage.data-dir=" + work.resolve("data"));
    command.add("--deptbot.storage.embedded-port=0");
    command.add("--deptbot.storage.mongodb-uri=");
    command.add("--deptbot.telegram.token=");
    command.add("--deptbot.discord.token=");
    command.add("--server.port=0");
    var builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().put("DEPTBOT_SEED_FILE", "examples/seed.yml");
    Process bot = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      // THEN it answers UP on its health endpoint and imports the example department
      awaitHealthUp(bot, log);
      awaitLine(bot, log, "Bot ready for Riverton Police Department");
      // AND the application's own classes and Spring's came out of the archive
      String loaded = Files.readString(classes);
      assertThat(loaded)
          .contains("org.deptbot.bot.BotApplication source: shared objects file")
          .contains(
              "org.springframework.context.support.AbstractApplicationContext source: shared"
                  + " objects file");
    } finally {
      bot.destroy();
      bot.waitFor();
    }
  }

  private static void awaitLine(Process bot, Path log, String line) throws Exception {
    long giveUpAt = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!read(log).contains(line)) {
      assertThat(bot.isAlive()).as("the bot is running; its log:%n%s", read(log)).isTrue();
      assertThat(System.nanoTime())
          .as("%s; the bot's log:%n%s", line, read(log))
          .isLessThan(giveUpAt);
      Thread.sleep(100);
    }
  }

  /** Polls health until it says UP; a JVM that exits (an archive that does not fit) fails. */
  private static void awaitHealthUp(Process bot, Path log) throws Exception {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long giveUpAt = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < giveUpAt) {
      assertThat(bot.isAlive()).as("the bot is running; its log:%n%s", read(log)).isTrue();
      Matcher port = PORT.matcher(read(log));
      if (port.find()) {
        var request =
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port.group(1) + "/actuator/health"))
                .build();
        try {
          String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
          if (body.startsWith("{\"status\":\"UP\"")) {
            return;
          }
        } catch (IOException notYet) {
          // the connector is bound but not answering yet
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("health never said UP; the bot's log:\n" + read(log));
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
