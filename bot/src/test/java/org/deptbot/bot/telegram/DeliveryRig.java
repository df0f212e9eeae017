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
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.DeliveryProperties;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeCategory;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.Severity;
import org.deptbot.core.notices.Urgency;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.VariableType;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The delivery side of the bot wired by hand against one database and a fake Telegram: the
 * repositories, the real TelegramNoticePoster, and as many delivery services as a test starts.
 */
final class DeliveryRig implements AutoCloseable {

  final Clock clock = Clock.systemUTC();
  final Notices notices;
  final Channels channels;
  final Subscribers subscribers;
  final Deliveries deliveries;
  final DeliveryPlanner planner;
  private final NoticePosts posts;
  private final Messages messages;
  private final TelegramNoticePoster poster;
  private final List<DeliveryService> started = new ArrayList<>();

  DeliveryRig(MongoTemplate mongo, FakeTelegram telegram) {
    notices = new Notices(mongo, clock);
    channels = new Channels(mongo);
    subscribers = new Subscribers(mongo, clock);
    deliveries = new Deliveries(mongo);
    planner = new DeliveryPlanner(notices, channels, subscribers, deliveries, clock);
    Departments departments = new Departments(mongo);
    departments.save(
        Department.of("Riverton Police Department", "Non-emergency: (555) 010-4400", null, null));
    var source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "notice-posts");
    source.setDefaultEncoding("UTF-8");
    messages = new Messages(source, Locale.ENGLISH);
    posts =
        new NoticePosts(
            departments,
            new NoticePhotos(mongo),
            messages,
            new org.deptbot.core.templates.TimeShown(
                clock, ZoneId.of("UTC"), org.deptbot.core.templates.TimeShown.bundled()));
    var url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
    poster = new TelegramNoticePoster(new OkHttpTelegramClient(telegram.token(), url), messages);
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
    subscribers.subscribe(
        ChatPlatform.TELEGRAM, String.valueOf(chatId), List.of(NoticeCategory.ROAD_CLOSURE));
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

  DeliveryService start(int senders) {
    var properties =
        new DeliveryProperties(
            senders,
            Duration.ofSeconds(5),
            4,
            Duration.ofMillis(200),
            Duration.ofSeconds(2),
            Duration.ofMillis(50));
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
            clock);
    service.start();
    started.add(service);
    return service;
  }

  @Override
  public void close() {
    started.forEach(DeliveryService::stop);
  }
}
