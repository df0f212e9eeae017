package org.deptbot.bot.notices;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.delivery.Publishing;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.TimeShown;
import org.springframework.beans.factory.ObjectProvider;

/**
 * How one revision of a notice went out, in words: each channel with sent, still going, or failed
 * and why; subscribers as counts (they are members of the public, not named). After a person was
 * found, every channel whose old post (or its photo) could not be taken down is named, so the
 * issuer can remove it by hand.
 */
class DeliveryReport {

  private final Deliveries deliveries;
  private final Notices notices;
  private final Channels channels;
  private final Messages messages;
  private final ObjectProvider<DeliveryService> delivery;
  private final TimeShown time;

  DeliveryReport(
      Deliveries deliveries,
      Notices notices,
      Channels channels,
      Messages messages,
      ObjectProvider<DeliveryService> delivery,
      TimeShown time) {
    this.time = time;
    this.deliveries = deliveries;
    this.notices = notices;
    this.channels = channels;
    this.messages = messages;
    this.delivery = delivery;
  }

  /**
   * Whether the revision's deliveries are planned and every channel has it, has failed, or is on a
   * platform this bot is not connected to (it waits there, and the report says so); a post to be
   * shared with following servers has been tried once.
   */
  boolean channelsDone(String noticeId, int revision) {
    boolean planned =
        notices
            .byId(noticeId)
            .filter(n -> n.revisions().size() >= revision)
            .map(n -> n.revisions().get(revision - 1).planned())
            .orElse(false);
    return planned
        && deliveries.ofRevision(noticeId, revision).stream()
            .filter(d -> d.recipientKind() == RecipientKind.CHANNEL)
            .allMatch(d -> (d.state().finished() && publishingTried(d)) || !served(d.platform()));
  }

  /**
   * Whether a post to share with following servers was tried at least once (shared, failed, or
   * waiting with a reason), so the receipt says how sharing went rather than "in a moment".
   */
  private static boolean publishingTried(Delivery d) {
    Publishing publishing = d.publishing();
    return publishing == null || publishing.finished() || publishing.note() != null;
  }

  private boolean served(ChatPlatform platform) {
    DeliveryService service = delivery.getIfAvailable();
    return service != null && service.serves(platform);
  }

  RichText of(String noticeId, int revision) {
    List<Delivery> all = deliveries.ofRevision(noticeId, revision);
    Map<String, Channel> byId =
        channels.all().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
    String made =
        notices
            .byId(noticeId)
            .filter(n -> n.revisions().size() >= revision)
            .map(n -> time.stamp(n.revisions().get(revision - 1).at()))
            .orElse("");
    RichText.Builder text =
        RichText.builder().bold(messages.get("notice.report.heading", noticeId, revision, made));
    notices
        .byId(noticeId)
        .map(
            n ->
                n.zones().isEmpty()
                    ? messages.get("notice.where.whole-area")
                    : String.join(", ", n.zones().stream().map(z -> z.name()).toList()))
        .ifPresent(where -> text.newline().plain(messages.get("notice.where", where)));
    if (all.isEmpty()) {
      return text.newline().plain(messages.get("notice.report.planning")).build();
    }
    for (Delivery d : all) {
      if (d.recipientKind() != RecipientKind.CHANNEL) {
        continue;
      }
      Channel channel = byId.get(d.recipientKey());
      // two channels may share a name on two platforms: the report names the platform too
      String name =
          channel == null
              ? d.recipientKey()
              : Channel.labelOf(channel.name(), NoticePreviews.platformName(channel.platform()));
      text.newline().plain(line(d, name));
    }
    Map<DeliveryState, Long> subscribers =
        all.stream()
            .filter(d -> d.recipientKind() == RecipientKind.SUBSCRIBER)
            .collect(Collectors.groupingBy(Delivery::state, Collectors.counting()));
    if (!subscribers.isEmpty()) {
      long going =
          subscribers.getOrDefault(DeliveryState.QUEUED, 0L)
              + subscribers.getOrDefault(DeliveryState.SENDING, 0L);
      text.newline()
          .plain(
              messages.get(
                  "notice.report.subscribers",
                  subscribers.getOrDefault(DeliveryState.SENT, 0L),
                  going,
                  subscribers.getOrDefault(DeliveryState.FAILED, 0L),
                  subscribers.getOrDefault(DeliveryState.SKIPPED, 0L)));
    }
    long photosLeft =
        all.stream()
            .filter(d -> d.recipientKind() == RecipientKind.SUBSCRIBER && d.oldPostLeft())
            .count();
    if (photosLeft > 0) {
      text.newline().plain(messages.get("notice.report.subscribers-old-post", photosLeft));
    }
    return text.build();
  }

  /** Posted; and where sharing it with following servers is, when it is to be shared. */
  private String sent(Publishing publishing, String name) {
    if (publishing == null) {
      return messages.get("notice.report.sent", name);
    }
    return switch (publishing.state()) {
      case PUBLISHED -> messages.get("notice.report.published", name);
      case FAILED -> messages.get("notice.report.publish-failed", name, publishing.note());
      case WAITING, PUBLISHING -> {
        if (publishing.note() == null) {
          yield messages.get("notice.report.publish-owed", name);
        }
        String at = time.stamp(publishing.notBefore());
        yield publishing.rateLimited()
            ? messages.get("notice.report.publish-limited", name, at)
            : messages.get("notice.report.publish-retrying", name, at, publishing.note());
      }
    };
  }

  private String line(Delivery d, String name) {
    if (!d.state().finished() && !served(d.platform())) {
      return messages.get(
          "notice.report.unserved", name, NoticePreviews.platformName(d.platform()));
    }
    if (d.oldPostLeft()) {
      // a person's photo or details are still up there: the issuer has to take them down
      return d.state() == DeliveryState.SENT
          ? messages.get("notice.report.photo-left", name)
          : messages.get("notice.report.old-post-left", name);
    }
    return switch (d.state()) {
      case SENT -> sent(d.publishing(), name);
      case QUEUED, SENDING ->
          d.lastError() == null
              ? messages.get("notice.report.going", name)
              : messages.get("notice.report.retrying", name, d.lastError());
      case FAILED -> messages.get("notice.report.failed", name, d.lastError());
      case SKIPPED -> messages.get("notice.report.skipped", name, d.lastError());
    };
  }
}
