package org.deptbot.bot.telegram;

import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bson.Document;
import org.deptbot.bot.storage.EmbeddedMongo;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.core.delivery.DeliveryState;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A benchmark, not a test: it prints figures and asserts nothing about time. It starts the fake
 * Telegram Bot API with Telegram's limits enforced and serves one database (mongo-java-server over
 * the wire, on an H2 file) to {@code processes} bots, each a child JVM ({@link
 * DeliveryBenchWorker}: the delivery engine with its own send budget, real telegrambots client),
 * all with the one bot token. The first seeds the data and takes the sending role; it confirms one
 * road closure to every channel and subscriber, and the benchmark prints throughput against the
 * limit, violations (as the fake counts them, over every connection), lost and duplicated targets,
 * and the time from confirm to each channel post. The second run SIGKILLs the bot holding the
 * sending role after a third of the messages (with one bot: restarts it on the same data) and
 * prints the same, plus the deliveries in flight at the kill and the time until the next bot's
 * first post. With one bot, a person also presses a button in a private chat with it every {@code
 * pressEvery} plus up to a second ({@link DeliveryBenchPresser}), and the time from press to its
 * answer and to the reply it asks for is printed beside the broadcast's rate (with several nobody
 * presses: only one process can poll a token's updates). Every worker counts its calls in the send
 * windows shared through the database ({@code send_windows}), as the bot does, and logs each
 * hand-over of the sending role with its cause.
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am -Pbench process-test-classes} with, optionally, {@code
 * -Dprocesses=3 -Dchannels=20 -Dsubscribers=2000 -Dkill=both|true|false -Dlatency=0ms -Dsenders=4
 * -Dlease=5s -DsenderLease=3s -Dreserved=0 -DpressEvery=2000ms} ({@code lease}: a claimed
 * delivery's; {@code senderLease}: the sending role's; {@code reserved}: calls of every window kept
 * for replies). The environment variable {@code BENCH_WORKER_JVM} adds options to the workers' JVMs
 * (say, {@code -XX:StartFlightRecording=filename=worker.jfr} to profile one). The load average is
 * printed with the figures: other work on the machine shows in them.
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
  private final int processes = Integer.getInteger("processes", 3);
  private final Duration senderLease = duration(System.getProperty("senderLease", "3s"));

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ROOT")).setLevel(Level.WARN);
    var bench = new DeliveryBench();
    String kill = System.getProperty("kill", "both").toLowerCase(Locale.ROOT);
    System.out.printf(
        Locale.ROOT,
        "Delivery benchmark: %d bot processes on one database, %d channels + %d subscribers,"
            + " fake latency %d ms per call, senders %d, lease %d ms, sending role's lease %d ms,"
            + " %d CPUs, load average %s, Java %s%n",
        bench.processes,
        bench.channels,
        bench.subscribers,
        bench.latency.toMillis(),
        bench.senders,
        bench.lease.toMillis(),
        bench.senderLease.toMillis(),
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
    List<DeliveryBenchProcess> bots = new ArrayList<>();
    try (FakeTelegram fake = FakeTelegram.start(TOKEN, "riverton_bench_bot");
        EmbeddedMongo database = EmbeddedMongo.start(dataDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(database.connectionString())) {
      fake.enforceRateLimits(RateLimits.telegram());
      fake.latency(latency);
      for (int i = 0; i < channels; i++) {
        fake.createGroup(DeliveryBenchData.channelChat(i), "Riverton channel " + i);
      }
      fake.addPrivateChats(DeliveryBenchData.firstSubscriberChat(), subscribers);
      fake.addPrivateChats(DeliveryBenchData.warmUpChat(0), DeliveryBenchData.WARM_UP_CHATS);
      fake.addPrivateChats(PRESSER, 1);
      String uri = database.connectionString();
      MongoTemplate mongo = new MongoTemplate(client, "deptbot");

      // the first bot seeds, warms up and takes the sending role; the others stand by
      bots.add(DeliveryBenchProcess.start(uri, fake.port(), args("fresh")));
      String[] button =
          pressing() ? bots.get(0).await("@BUTTON", Duration.ofMinutes(3)).split(" ") : null;
      bots.get(0).await("@READY", Duration.ofMinutes(3));
      for (int i = 1; i < processes; i++) {
        bots.add(DeliveryBenchProcess.start(uri, fake.port(), args("join")));
      }
      for (DeliveryBenchProcess bot : bots.subList(1, bots.size())) { // the first said it
        bot.await("@READY", Duration.ofMinutes(3));
      }
      Thread.sleep(1100); // the warm-up's posts leave the fake's one-second window
      fake.resetStats();
      var presser =
          pressing()
              ? new DeliveryBenchPresser(
                  fake, PRESSER, Integer.parseInt(button[0]), button[1], pressEvery)
              : null;
      bots.get(0).send("issue");
      Instant confirmed = Instant.parse(bots.get(0).await("@CONFIRMED", Duration.ofMinutes(1)));
      if (presser != null) {
        presser.start();
      }
      DeliveryBenchReport.Kill killed = null;
      if (kill) {
        long third = targets / 3;
        await()
            .forever()
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(5))
            .until(() -> fake.stats().messageCount() >= third);
        DeliveryBenchProcess sender = holder(mongo, bots);
        Instant killedAt = Instant.now();
        sender.kill();
        bots.remove(sender);
        long before = fake.stats().messageCount();
        long sending =
            mongo.count(query(where("state").is(DeliveryState.SENDING.name())), "deliveries");
        if (bots.isEmpty()) { // one bot: restart it on the same data, as an operator would
          bots.add(DeliveryBenchProcess.start(uri, fake.port(), args("restart")));
          bots.get(0).await("@READY", Duration.ofMinutes(3));
        }
        killed = new DeliveryBenchReport.Kill(before, sending, senders, killedAt);
      }
      Duration allowed = Duration.ofSeconds(120 + 2L * targets / 10).plus(lease);
      awaitAllSent(mongo, allowed);
      if (presser != null) {
        presser.stop(); // what it pressed last is answered meanwhile
      }
      String done = null;
      for (DeliveryBenchProcess bot : bots) {
        bot.send("stop");
      }
      for (DeliveryBenchProcess bot : bots) {
        done = bot.await("@DONE", Duration.ofMinutes(1));
        bot.waitFor(Duration.ofSeconds(30));
      }
      String title =
          kill
              ? processes > 1
                  ? "Run 2: the bot holding the sending role SIGKILLed after a third of the"
                      + " messages; another takes over"
                  : "Run 2: worker SIGKILLed after a third of the messages, restarted on the same"
                      + " data"
              : "Run 1: clean";
      new DeliveryBenchReport(fake.stats(), confirmed, channels, subscribers, reserved)
          .print(System.out, title + " (" + processes + " bots; deliveries " + done + ")", killed);
      if (presser != null) {
        presser.print(System.out);
      }
      System.out.println("  load average     " + loadAverage());
    } finally {
      for (DeliveryBenchProcess bot : bots) {
        bot.kill();
      }
      deleteTree(dataDir);
    }
  }

  /** The person presses a button only with one bot: its replies are outside the shared role. */
  private boolean pressing() {
    return processes == 1;
  }

  /** The bot process whose name holds the Telegram sending role in {@code sender_leases}. */
  private static DeliveryBenchProcess holder(MongoTemplate mongo, List<DeliveryBenchProcess> bots) {
    Document lease =
        mongo.getCollection("sender_leases").find(new Document("_id", "telegram")).first();
    if (lease == null) {
      throw new IllegalStateException("no bot holds the Telegram sending role");
    }
    String name = lease.getString("holder");
    return bots.stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no running bot is " + name));
  }

  /** Waits until every delivery is planned and finished, as the database shows it. */
  private static void awaitAllSent(MongoTemplate mongo, Duration allowed) {
    await()
        .atMost(allowed)
        .pollDelay(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                mongo.count(
                            query(
                                where("state")
                                    .in(DeliveryState.QUEUED.name(), DeliveryState.SENDING.name())),
                            "deliveries")
                        == 0
                    && mongo.count(new Query(), "deliveries") > 0);
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
        String.valueOf(PRESSER),
        // the chat side polls in the first bot, and in it again once restarted; never in a second
        String.valueOf(pressing() && !mode.equals("join")),
        String.valueOf(senderLease.toMillis()));
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
