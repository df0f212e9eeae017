package org.deptbot.bot.telegram;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.DeliveryProperties;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.bot.delivery.UploadedFiles;
import org.deptbot.bot.storage.EmbeddedMongo;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.subscribers.Subscribers;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * The bot's delivery side for {@link DeliveryBench}, in a process of its own so the benchmark can
 * kill it: the embedded MongoDB on a data folder (H2 file, commit per write, as in production), the
 * core repositories, the real Telegram poster pointed at the fake, and a {@link DeliveryService}.
 * It speaks to the benchmark in lines starting with {@code @} on stdout.
 *
 * <p>Arguments: {@code dataDir fakePort fresh|resume channels subscribers senders leaseMillis}.
 * {@code fresh} seeds the data, warms up, says {@code @READY}, issues the notice when it reads
 * {@code issue} and says {@code @CONFIRMED <instant>}; {@code resume} says {@code @INFLIGHT <n>}
 * (deliveries left SENDING) before it starts sending. Both say {@code @DONE ...} and exit once
 * nothing is queued or being sent.
 */
final class DeliveryBenchWorker {

  private DeliveryBenchWorker() {}

  public static void main(String[] args) throws Exception {
    quietLogging();
    Path dataDir = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    boolean fresh = args[2].equals("fresh");
    int channels = Integer.parseInt(args[3]);
    int subscribers = Integer.parseInt(args[4]);
    var properties =
        new DeliveryProperties(
            Integer.parseInt(args[5]),
            Duration.ofMillis(Long.parseLong(args[6])),
            6,
            Duration.ofSeconds(2),
            Duration.ofMinutes(5),
            Duration.ofMillis(200));
    Clock clock = Clock.systemUTC();
    try (EmbeddedMongo embedded = EmbeddedMongo.start(dataDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(embedded.connectionString())) {
      MongoTemplate mongo = new MongoTemplate(client, "deptbot");
      var notices = new Notices(mongo, clock);
      var subscriberRepo = new Subscribers(mongo, clock);
      var deliveries = new Deliveries(mongo);
      var channelRepo = new Channels(mongo);
      var planner = new DeliveryPlanner(notices, channelRepo, subscriberRepo, deliveries, clock);
      Messages messages = messages();
      var posts =
          new NoticePosts(
              new Departments(mongo),
              new NoticePhotos(mongo),
              messages,
              new org.deptbot.core.templates.TimeShown(
                  clock, ZoneOffset.UTC, org.deptbot.core.templates.TimeShown.bundled()));
      var poster =
          new TelegramNoticePoster(
              new OkHttpTelegramClient(DeliveryBench.TOKEN, DeliveryBench.fakeUrl(port)),
              messages,
              new UploadedFiles(mongo, clock));
      var service =
          new DeliveryService(
              List.of(poster),
              Optional.empty(),
              deliveries,
              planner,
              notices,
              subscriberRepo,
              posts,
              properties,
              messages,
              clock,
              new ChatMigrations(mongo, new AuditLog(mongo, clock)));
      if (fresh) {
        var data = new DeliveryBenchData(mongo, channels, subscribers);
        data.seed();
        data.warmUp(poster, posts, deliveries);
        service.start();
        say("@READY");
        awaitLine("issue");
        Instant confirmed = clock.instant();
        notices.add(
            Notice.issue(
                notices.nextNumber(),
                data.template(),
                Map.of("street", "Elm St at 4th"),
                data.channelIds(),
                NoticeMode.LIVE,
                "s-050",
                confirmed));
        service.planNow(); // as the dispatcher's Confirm does (NoticeDesk)
        say("@CONFIRMED " + confirmed);
      } else {
        say("@INFLIGHT " + deliveries.count(DeliveryState.SENDING));
        service.start();
      }
      awaitDone(notices, deliveries);
      service.stop();
      say(
          String.format(
              Locale.ROOT,
              "@DONE sent=%d failed=%d skipped=%d",
              deliveries.count(DeliveryState.SENT),
              deliveries.count(DeliveryState.FAILED),
              deliveries.count(DeliveryState.SKIPPED)));
    }
    System.exit(0); // OkHttp's pools and the driver's threads would keep the JVM a while
  }

  private static void awaitDone(Notices notices, Deliveries deliveries)
      throws InterruptedException {
    while (!notices.unplanned().isEmpty()
        || deliveries.count(DeliveryState.QUEUED) > 0
        || deliveries.count(DeliveryState.SENDING) > 0) {
      Thread.sleep(1000);
    }
  }

  private static Messages messages() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "notice-posts");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new Messages(source, Locale.ENGLISH);
  }

  private static void awaitLine(String expected) throws Exception {
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.strip().equals(expected)) {
        return;
      }
    }
    throw new IllegalStateException("the benchmark closed stdin before saying " + expected);
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** Without Spring Boot's logging setup logback logs DEBUG; keep the engine's own INFO only. */
  private static void quietLogging() {
    var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ROOT");
    root.setLevel(Level.WARN);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.deptbot")).setLevel(Level.INFO);
  }
}
