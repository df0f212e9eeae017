package org.deptbot.bot.telegram;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.FloodGuard;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.ReceivedUpdates;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.delivery.DeliveryProperties;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.bot.delivery.SendBudgets;
import org.deptbot.bot.delivery.SenderLeases;
import org.deptbot.bot.delivery.SharedSendWindows;
import org.deptbot.bot.delivery.UploadedFiles;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
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
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.subscribers.Subscribers;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * One bot's delivery side for {@link DeliveryBench}, in a process of its own so the benchmark can
 * kill it: the core repositories on the database the benchmark serves (mongo-java-server over the
 * wire, H2 file, commit per write, as the bot's embedded one), the real Telegram poster pointed at
 * the fake, and a {@link DeliveryService} with its own send budget and its own name for the sending
 * role ({@link SenderLeases}). Several run side by side; one holds the role and sends. It speaks to
 * the benchmark in lines starting with {@code @} on stdout.
 *
 * <p>With {@code chat} true it also runs the bot's Telegram chat side ({@link TelegramBot}: long
 * polling, the chat engine with one command, replies through {@link TelegramSender}) on the same
 * send budget as the deliveries, with {@code reserved} calls of every window kept for replies, for
 * the person the benchmark has pressing a button meanwhile: {@code fresh} offers them the button
 * ({@code @BUTTON <messageId> <callbackData>}).
 *
 * <p>Arguments: {@code mongodbUri fakePort fresh|join|restart channels subscribers senders
 * leaseMillis reserved userId chat senderLeaseMillis}. Each says {@code @PROCESS <name>} (its name
 * in the sending role's lease). {@code fresh} seeds the data, warms up, starts delivering, says
 * {@code @READY}, issues the notice when it reads {@code issue} and says {@code @CONFIRMED
 * <instant>}; {@code join} (another bot) and {@code restart} (the one bot, after a kill) start
 * delivering and say {@code @READY}. All stop when told {@code stop}, say {@code @DONE ...} and
 * exit.
 */
final class DeliveryBenchWorker {

  private DeliveryBenchWorker() {}

  public static void main(String[] args) throws Exception {
    quietLogging();
    String uri = args[0];
    int port = Integer.parseInt(args[1]);
    boolean fresh = args[2].equals("fresh");
    boolean chatSide = Boolean.parseBoolean(args[9]);
    int channels = Integer.parseInt(args[3]);
    int subscribers = Integer.parseInt(args[4]);
    int reserved = Integer.parseInt(args[7]);
    long user = Long.parseLong(args[8]);
    var properties =
        new DeliveryProperties(
            Integer.parseInt(args[5]),
            Duration.ofMillis(Long.parseLong(args[6])),
            6,
            Duration.ofSeconds(2),
            Duration.ofMinutes(5),
            Duration.ofMillis(200),
            Duration.ofMillis(Long.parseLong(args[10])));
    Clock clock = Clock.systemUTC();
    try (MongoClient client = MongoClients.create(uri)) {
      MongoTemplate mongo = new MongoTemplate(client, "deptbot");
      var notices = new Notices(mongo, clock);
      var subscriberRepo = new Subscribers(mongo, clock);
      var deliveries = new Deliveries(mongo);
      deliveries.createIndexes();
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
      // counted with every other worker's calls, as the bot's budget is (send_windows)
      var budgets =
          new SendBudgets(
              reserved,
              clock,
              new SharedSendWindows(mongo, clock, ReporterSeal.fromBase64(TestSealKey.BASE64)));
      var migrations = new ChatMigrations(mongo, new AuditLog(mongo, clock));
      var leases = new SenderLeases(mongo, clock, properties.senderLease());
      var chat = chatSide ? new ChatSide(mongo, messages, clock, port, budgets, migrations) : null;
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
              migrations,
              budgets,
              leases);
      say("@PROCESS " + leases.process());
      if (fresh) {
        var data = new DeliveryBenchData(mongo, channels, subscribers);
        data.seed();
        data.warmUp(poster, posts, deliveries);
        if (chat != null) {
          chat.bot.start();
          say("@BUTTON " + chat.offerButton(user));
        }
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
        service.planNow(); // as the dispatcher's Confirm does (NoticeConfirmations)
        say("@CONFIRMED " + confirmed);
      } else {
        if (chat != null) {
          chat.bot.start();
        }
        service.start();
        say("@READY");
      }
      awaitLine("stop"); // the benchmark reads the database to see when all is sent
      service.stop();
      if (chat != null) {
        chat.bot.stop();
      }
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

  /** The chat side: the engine with one command, and the Telegram bot around it. */
  private static final class ChatSide {
    final TelegramBot bot;
    final ButtonActions buttons;
    final TelegramSender sender;

    ChatSide(
        MongoTemplate mongo,
        Messages messages,
        Clock clock,
        int port,
        SendBudgets budgets,
        ChatMigrations migrations) {
      var seal = ReporterSeal.fromBase64(TestSealKey.BASE64);
      var conversations = new Conversations(mongo, seal, clock, Duration.ofMinutes(30));
      buttons = new ButtonActions(mongo, seal, clock);
      var links = new ChatLinks(mongo);
      var staff = new StaffMembers(mongo);
      ChatCommand again =
          new TelegramIT.TestCommand("help") {
            @Override
            public boolean offeredTo(Actor actor, Authorization authorization) {
              return true;
            }

            @Override
            public List<Outgoing> handle(ChatContext context, String arguments) {
              return context.reply(RichText.plain("Here is what you asked for."), List.of());
            }
          };
      var engine =
          new ChatEngine(
              List.of(again),
              List.of(),
              new Authorization(),
              links,
              staff,
              conversations,
              buttons,
              new FloodGuard(1000, Duration.ofMillis(100), clock),
              messages);
      var ingress = new ChatIngress(new ReceivedUpdates(mongo, clock), engine, conversations);
      var url = DeliveryBench.fakeUrl(port);
      var client = new OkHttpTelegramClient(TelegramHttp.forCalls(), DeliveryBench.TOKEN, url);
      sender =
          new TelegramSender(
              client,
              new TelegramFiles(client, DeliveryBench.TOKEN, url, Duration.ofSeconds(1)),
              budgets);
      var properties =
          new TelegramProperties(
              DeliveryBench.TOKEN,
              "http://127.0.0.1:" + port,
              "polling",
              null,
              null,
              Duration.ofMinutes(2),
              Duration.ofSeconds(5),
              Duration.ofMinutes(1),
              4);
      bot =
          new TelegramBot(
              properties,
              client,
              sender,
              ingress,
              engine,
              new TelegramLink(clock, Duration.ofMinutes(2)),
              migrations,
              Duration.ofMinutes(1),
              Duration.ofHours(1),
              new TelegramCommandMenus(
                  client, engine, new Authorization(), messages, links, staff, mongo, clock),
              Duration.ofMinutes(10),
              4);
    }

    /** Sends the person a message with one button; returns its message id and callback data. */
    String offerButton(long user) {
      var identity = new ChatIdentity(ChatPlatform.TELEGRAM, String.valueOf(user));
      Button button = buttons.create(identity, "Help", ButtonAction.command("help"));
      var to = new ChatTarget(ChatPlatform.TELEGRAM, String.valueOf(user), true);
      var sent =
          sender.sendUnprompted(
              new Outgoing.Send(to, RichText.plain("Press for help"), List.of(List.of(button))));
      String messageId = ((SendOutcome.Delivered) sent).messageId();
      return messageId + " " + button.id();
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
