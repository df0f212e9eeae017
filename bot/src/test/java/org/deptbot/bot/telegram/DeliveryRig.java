package org.deptbot.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.DeliveryProperties;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.bot.delivery.SendBudgets;
import org.deptbot.bot.delivery.SenderLeases;
import org.deptbot.bot.delivery.SharedSendWindows;
import org.deptbot.bot.delivery.UploadedFiles;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The delivery side of the bot wired by hand against one database and a fake Telegram: the
 * repositories, the real TelegramNoticePoster, and as many delivery services as a test starts, each
 * as a bot process of its own (its own send budget and name for the sending role).
 */
final class DeliveryRig implements AutoCloseable {

  final Clock clock = Clock.systemUTC();
  final Notices notices;
  final Channels channels;
  final Subscribers subscribers;
  final Deliveries deliveries;
  final DeliveryPlanner planner;
  final AuditLog audit;
  private final ChatMigrations migrations;
  private final NoticePosts posts;
  private final NoticePhotos photos;
  private final Messages messages;
  private final TelegramNoticePoster poster;
  private final List<DeliveryService> started = new ArrayList<>();
  private final MongoTemplate mongo;
  private final FakeTelegram telegram;
  private final TelegramUrl url;
  private final List<TelegramSender> repliers = new ArrayList<>();

  DeliveryRig(MongoTemplate mongo, FakeTelegram telegram) {
    this.mongo = mongo;
    this.telegram = telegram;
    notices = new Notices(mongo, clock);
    channels = new Channels(mongo);
    subscribers = new Subscribers(mongo, clock);
    deliveries = new Deliveries(mongo);
    deliveries.createIndexes();
    planner = new DeliveryPlanner(notices, channels, subscribers, deliveries, clock);
    audit = new AuditLog(mongo, clock);
    migrations = new ChatMigrations(mongo, audit);
    Departments departments = new Departments(mongo);
    departments.save(
        Department.of("Riverton Police Department", "Non-emergency: (555) 010-4400", null, null));
    var source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "notice-posts");
    source.setDefaultEncoding("UTF-8");
    messages = new Messages(source, Locale.ENGLISH);
    photos = new NoticePhotos(mongo);
    posts =
        new NoticePosts(
            departments,
            photos,
            messages,
            new org.deptbot.core.templates.TimeShown(
                clock, ZoneId.of("UTC"), org.deptbot.core.templates.TimeShown.bundled()));
    url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
    poster =
        new TelegramNoticePoster(
            new OkHttpTelegramClient(telegram.token(), url),
            messages,
            new UploadedFiles(mongo, clock));
  }

  Channel channel(String id, long chatId) {
    return channels.save(
        new Channel(
            id,
            ChatPlatform.TELEGRAM,
            String.valueOf(chatId),
            id,
            Set.of(NoticeCategory.values())));
  }

  void subscribe(long chatId) {
    subscribe(chatId, NoticeCategory.ROAD_CLOSURE);
  }

  void subscribe(long chatId, NoticeCategory category) {
    subscribers.subscribe(ChatPlatform.TELEGRAM, String.valueOf(chatId), List.of(category));
  }

  /** Issues a road closure to {@code channelIds}; {@code urgent} makes it SEVERE. */
  Notice issue(String id, boolean urgent, List<String> channelIds) {
    Instant now = clock.instant();
    Template template =
        Template.draft(
                "road_closure",
                NoticeCategory.ROAD_CLOSURE,
                "Road closure: {{street}}",
                "{{street}} is closed.",
                List.of(TemplateVariable.required("street", "Street", VariableType.LOCATION)),
                urgent ? Severity.SEVERE : Severity.MINOR,
                urgent ? Urgency.IMMEDIATE : Urgency.FUTURE,
                Duration.ofHours(12),
                List.of(),
                "s-060",
                now)
            .submit("s-060", now)
            .approve("s-010", null, now);
    return notices.add(
        Notice.issue(
            id,
            template,
            Map.of("street", id + " Main St"),
            channelIds,
            NoticeMode.LIVE,
            "s-050",
            now));
  }

  /**
   * Issues a missing person notice to {@code channelIds}, with {@code photo} (a JPEG's bytes) as
   * the person's photo, or none when null.
   */
  Notice issueMissingPerson(String id, List<String> channelIds, byte[] photo) {
    Instant now = clock.instant();
    List<TemplateVariable> blanks = new ArrayList<>();
    blanks.add(TemplateVariable.required("name", "Name", VariableType.TEXT));
    Map<String, String> values = new java.util.HashMap<>(Map.of("name", "Jamie Doe"));
    if (photo != null) {
      blanks.add(TemplateVariable.required("photo", "Photo", VariableType.PHOTO));
      values.put("photo", photos.store("image/jpeg", "jamie.jpg", photo));
    }
    Template template =
        Template.draft(
                "missing_person",
                NoticeCategory.MISSING_PERSON,
                "Missing: {{name}}",
                "Have you seen {{name}}? Call us.",
                blanks,
                Severity.SEVERE,
                Urgency.IMMEDIATE,
                Duration.ofHours(72),
                List.of(),
                "s-060",
                now)
            .submit("s-060", now)
            .approve("s-010", null, now);
    return notices.add(
        Notice.issue(id, template, values, channelIds, NoticeMode.LIVE, "s-050", now));
  }

  /** The person of notice {@code id} was found: a revision that replaces every post. */
  void found(String id) {
    Notice notice = notices.byId(id).orElseThrow();
    Notice found =
        notice.found(
            "Missing person found", "Found, thank you for sharing.", "s-050", clock.instant());
    if (!notices.replace(notice, found)) {
      throw new IllegalStateException("notice " + id + " changed meanwhile");
    }
  }

  DeliveryService start(int senders) {
    return start(senders, newBudgets());
  }

  /** A bot process's send budget: its own windows, counted with every other bot's. */
  SendBudgets newBudgets() {
    return new SendBudgets(
        0, clock, new SharedSendWindows(mongo, clock, ReporterSeal.fromBase64(TestSealKey.BASE64)));
  }

  /**
   * The Telegram adapter's sending side of the bot process whose budget is {@code budgets}, on its
   * own connection to the fake.
   */
  TelegramSender replier(SendBudgets budgets) {
    var client = new OkHttpTelegramClient(telegram.token(), url);
    TelegramSender sender =
        new TelegramSender(
            client, new TelegramFiles(client, telegram.token(), url, Duration.ZERO), budgets);
    repliers.add(sender);
    return sender;
  }

  DeliveryService start(int senders, SendBudgets budgets) {
    var properties =
        new DeliveryProperties(
            senders,
            // As long as production's lease: a first call in a cold, busy test JVM can take over
            // 5 s, and a lease that ends mid-call hands the post to another try, which posts twice.
            Duration.ofSeconds(60),
            4,
            Duration.ofMillis(200),
            Duration.ofSeconds(2),
            Duration.ofMillis(50),
            Duration.ofSeconds(3));
    var service =
        new DeliveryService(
            List.of(poster),
            Optional.empty(),
            deliveries,
            planner,
            notices,
            subscribers,
            posts,
            properties,
            messages,
            clock,
            migrations,
            budgets,
            // a bot process of its own: its own name in the sending role's lease
            new SenderLeases(mongo, clock, Duration.ofSeconds(3)));
    service.start();
    started.add(service);
    return service;
  }

  @Override
  public void close() {
    started.forEach(DeliveryService::stop);
    repliers.forEach(TelegramSender::stop);
  }
}
