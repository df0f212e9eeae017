package org.deptbot.bot.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.department.Department;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Template;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The benchmark's department: {@code channels} Telegram channels and {@code subscribers} private
 * chats subscribed to road closures, one approved road-closure template. The chat ids are shared
 * with {@link DeliveryBench}, which opens the same chats in the fake.
 */
final class DeliveryBenchData {

  /** Private chats the worker warms up on before the notice; they are not targets. */
  static final int WARM_UP_CHATS = 3;

  private static final long FIRST_CHANNEL = -1002000000001L;
  private static final long FIRST_SUBSCRIBER = 900_000_001L;

  private final MongoTemplate mongo;
  private final int channels;
  private final int subscribers;
  private final Template template = NoticeFixtures.approvedRoadClosure();

  DeliveryBenchData(MongoTemplate mongo, int channels, int subscribers) {
    this.mongo = mongo;
    this.channels = channels;
    this.subscribers = subscribers;
  }

  static long channelChat(int i) {
    return FIRST_CHANNEL - i;
  }

  static long subscriberChat(int i) {
    return FIRST_SUBSCRIBER + i;
  }

  static long firstSubscriberChat() {
    return FIRST_SUBSCRIBER;
  }

  static long warmUpChat(int i) {
    return 1 + i;
  }

  /** Stores the department, channels, subscribers (one bulk insert) and the template. */
  void seed() {
    mongo.save(
        Department.of(
            "Riverton Police Department",
            "Non-emergency (555) 010-4400",
            "https://police.riverton.example",
            null));
    for (int i = 0; i < channels; i++) {
      mongo.save(
          new Channel(
              channelId(i),
              ChatPlatform.TELEGRAM,
              String.valueOf(channelChat(i)),
              "Riverton channel " + i,
              Set.of(NoticeCategory.ROAD_CLOSURE)));
    }
    List<Subscriber> all = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < subscribers; i++) {
      String chat = String.valueOf(subscriberChat(i));
      all.add(
          new Subscriber(
              Subscriber.idOf(ChatPlatform.TELEGRAM, chat),
              ChatPlatform.TELEGRAM,
              chat,
              Set.of(NoticeCategory.ROAD_CLOSURE),
              true,
              null,
              now));
    }
    mongo.insert(all, Subscriber.class);
    mongo.save(template);
  }

  /**
   * A bot that has been up a while has its HTTP client, JSON mapping and queries warm: post a few
   * times to chats that are not targets and run the engine's queries once.
   */
  void warmUp(TelegramNoticePoster poster, NoticePosts posts, Deliveries deliveries) {
    Notice sample =
        Notice.issue(
            "N-warm-up",
            template,
            Map.of("street", "Warm-up St"),
            List.of(channelId(0)),
            NoticeMode.EXERCISE,
            "s-050",
            Instant.now());
    NoticePost post = posts.of(sample);
    for (int i = 0; i < WARM_UP_CHATS; i++) {
      poster.post(RecipientKind.SUBSCRIBER, String.valueOf(warmUpChat(i)), post);
    }
    deliveries.due(ChatPlatform.TELEGRAM, Instant.now(), 50);
    deliveries.byId("none");
  }

  Template template() {
    return template;
  }

  List<String> channelIds() {
    return IntStream.range(0, channels).mapToObj(DeliveryBenchData::channelId).toList();
  }

  private static String channelId(int i) {
    return "tg-bench-" + i;
  }
}
