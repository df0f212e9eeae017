package org.deptbot.admin.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.delivery.Publishing;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.TimeShown;
import org.springframework.stereotype.Component;

/**
 * How each revision of a notice went out, from the bot's deliveries: each channel by name with its
 * state, attempts and error; subscribers only as counts (they are the public, not named).
 */
@Component
class DeliveryStatus {

  /**
   * One channel's delivery of one revision.
   *
   * @param publishing sharing the post with following servers (announcement channels), or null
   * @param publishingAt when sharing is tried next, with the zone, while it waits; else null
   */
  record Target(
      String name,
      ChatPlatform platform,
      DeliveryState state,
      int attempts,
      String lastError,
      Instant finishedAt,
      Publishing publishing,
      String publishingAt) {}

  /**
   * One revision's deliveries.
   *
   * @param planned whether the bot has queued them yet
   * @param subscribers how many subscriber deliveries are in each state
   */
  record Revision(
      int number,
      NoticeRevision.Kind kind,
      boolean planned,
      List<Target> targets,
      Map<DeliveryState, Long> subscribers) {}

  private final Deliveries deliveries;
  private final Channels channels;
  private final TimeShown times;

  DeliveryStatus(Deliveries deliveries, Channels channels, TimeShown times) {
    this.deliveries = deliveries;
    this.channels = channels;
    this.times = times;
  }

  private String publishingAt(Publishing publishing) {
    return publishing == null || publishing.finished() || publishing.note() == null
        ? null
        : times.show(publishing.notBefore().atZone(times.zone()));
  }

  /**
   * Whether any revision is still going out: not yet queued by the bot, or a channel or subscriber
   * waiting or being sent to. While so, the notice's page reloads itself.
   */
  static boolean stillGoing(List<Revision> revisions) {
    return revisions.stream()
        .anyMatch(
            r ->
                !r.planned()
                    || r.targets().stream().anyMatch(t -> going(t.state()))
                    || r.subscribers().keySet().stream().anyMatch(DeliveryStatus::going));
  }

  private static boolean going(DeliveryState state) {
    return state == DeliveryState.QUEUED || state == DeliveryState.SENDING;
  }

  /** Every revision, newest first. */
  List<Revision> of(Notice notice) {
    Map<String, Channel> byId =
        channels.all().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
    Map<Integer, List<Delivery>> byRevision =
        deliveries.ofNotice(notice.id()).stream()
            .collect(Collectors.groupingBy(Delivery::revision));
    List<Revision> out = new ArrayList<>();
    for (int i = notice.revisions().size() - 1; i >= 0; i--) {
      NoticeRevision r = notice.revisions().get(i);
      List<Delivery> all = byRevision.getOrDefault(r.number(), List.of());
      List<Target> targets =
          all.stream()
              .filter(d -> d.recipientKind() == RecipientKind.CHANNEL)
              .map(
                  d ->
                      new Target(
                          byId.containsKey(d.recipientKey())
                              ? byId.get(d.recipientKey()).name()
                              : d.recipientKey(),
                          d.platform(),
                          d.state(),
                          d.attempts(),
                          d.lastError(),
                          d.finishedAt(),
                          d.publishing(),
                          publishingAt(d.publishing())))
              .toList();
      Map<DeliveryState, Long> subscribers = new EnumMap<>(DeliveryState.class);
      all.stream()
          .filter(d -> d.recipientKind() == RecipientKind.SUBSCRIBER)
          .forEach(d -> subscribers.merge(d.state(), 1L, Long::sum));
      out.add(new Revision(r.number(), r.kind(), r.planned(), targets, subscribers));
    }
    return out;
  }
}
