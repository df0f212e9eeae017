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
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.TimeShown;
import org.springframework.beans.factory.ObjectProvider;

/**
 * How one revision of a notice went out, in words: each channel with sent, still going, or failed
 * and why; subscribers as counts (they are members of the public, not named).
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
   * platform this bot is not connected to (it waits there, and the report says so).
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
            .allMatch(d -> d.state().finished() || !served(d.platform()));
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
    if (all.isEmpty()) {
      return text.newline().plain(messages.get("notice.report.planning")).build();
    }
    for (Delivery d : all) {
      if (d.recipientKind() != RecipientKind.CHANNEL) {
        continue;
      }
      Channel channel = byId.get(d.recipientKey());
      String name = channel == null ? d.recipientKey() : channel.name();
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
    return text.build();
  }

  private String line(Delivery d, String name) {
    if (!d.state().finished() && !served(d.platform())) {
      return messages.get(
          "notice.report.unserved", name, NoticePreviews.platformName(d.platform()));
    }
    return switch (d.state()) {
      case SENT -> messages.get("notice.report.sent", name);
      case QUEUED, SENDING ->
          d.lastError() == null
              ? messages.get("notice.report.going", name)
              : messages.get("notice.report.retrying", name, d.lastError());
      case FAILED -> messages.get("notice.report.failed", name, d.lastError());
      case SKIPPED -> messages.get("notice.report.skipped", name, d.lastError());
    };
  }
}
