package org.deptbot.core.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;

/**
 * Turns notice revisions into queued deliveries. The first revision goes to the notice's channels
 * and, for live notices, to the category's subscribers (those following zones only when the notice
 * names one of theirs or none; the test message only to those who asked for it); later revisions
 * edit what the first one posted. Planning twice queues nothing twice, so it can simply run again
 * after a crash.
 */
public class DeliveryPlanner {

  /** The most deliveries queued in one insert (see {@link #queueInParts}). */
  static final int QUEUE_PART = 200;

  private final Notices notices;
  private final Channels channels;
  private final Subscribers subscribers;
  private final Deliveries deliveries;
  private final Clock clock;

  public DeliveryPlanner(
      Notices notices,
      Channels channels,
      Subscribers subscribers,
      Deliveries deliveries,
      Clock clock) {
    this.notices = notices;
    this.channels = channels;
    this.subscribers = subscribers;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** Queues the deliveries of every revision not planned yet; returns how many revisions. */
  public int planPending() {
    int planned = 0;
    for (Notice notice : notices.unplanned()) {
      for (NoticeRevision revision : notice.revisions()) {
        if (!revision.planned()) {
          if (revision.number() == 1) {
            // The channels' posts are queued before the subscribers are even read, so the workers
            // post to the channels while thousands of subscriber deliveries are still being queued.
            queueInParts(channelPosts(notice));
            queueInParts(subscriberPosts(notice));
          } else {
            queueInParts(changesTo(notice, revision));
          }
          notices.planned(notice.id(), revision.number());
          planned++;
        }
      }
    }
    return planned;
  }

  /**
   * Queues in inserts of at most {@link #QUEUE_PART} deliveries, in order. The embedded database
   * holds the collection for the whole of one insert, so the workers' claims would otherwise wait
   * for a broadcast's last subscriber to be queued before its first post could go.
   */
  private void queueInParts(List<Delivery> planned) {
    for (int from = 0; from < planned.size(); from += QUEUE_PART) {
      deliveries.queue(planned.subList(from, Math.min(planned.size(), from + QUEUE_PART)));
    }
  }

  private List<Delivery> channelPosts(Notice notice) {
    List<Delivery> out = new ArrayList<>();
    for (String channelId : notice.targets()) {
      channels
          .byId(channelId)
          .ifPresent(
              channel ->
                  out.add(
                      queued(
                          notice,
                          1,
                          DeliveryAction.POST,
                          RecipientKind.CHANNEL,
                          channel.id(),
                          channel)));
    }
    return out;
  }

  private List<Delivery> subscriberPosts(Notice notice) {
    // An exercise is for the department's own channels, not for the public's phones; the test
    // message only for those who asked for it, whatever their categories.
    List<Subscriber> receiving =
        switch (notice.mode()) {
          case LIVE -> subscribers.receiving(notice.category());
          case TEST -> subscribers.receivingTests();
          case EXERCISE -> List.of();
        };
    List<Delivery> out = new ArrayList<>();
    List<String> zones = notice.zoneIds();
    for (Subscriber subscriber : receiving) {
      // A subscriber who follows zones gets only notices about one of them (or about everywhere).
      if (!subscriber.follows(zones)) {
        continue;
      }
      out.add(
          Delivery.queued(
              notice.id(),
              1,
              DeliveryAction.POST,
              RecipientKind.SUBSCRIBER,
              subscriber.id(),
              subscriber.platform(),
              subscriber.chatId(),
              priority(notice, RecipientKind.SUBSCRIBER),
              clock.instant()));
    }
    return out;
  }

  /** Everyone the first revision went to gets the change, whatever happened to it since. */
  private List<Delivery> changesTo(Notice notice, NoticeRevision revision) {
    DeliveryAction action =
        revision.kind() == NoticeRevision.Kind.FOUND ? DeliveryAction.REPLACE : DeliveryAction.EDIT;
    return deliveries.ofRevision(notice.id(), 1).stream()
        .map(
            first ->
                Delivery.queued(
                    notice.id(),
                    revision.number(),
                    action,
                    first.recipientKind(),
                    first.recipientKey(),
                    first.platform(),
                    first.chatId(),
                    priority(notice, first.recipientKind()),
                    clock.instant()))
        .toList();
  }

  private Delivery queued(
      Notice notice,
      int revision,
      DeliveryAction action,
      RecipientKind kind,
      String key,
      Channel channel) {
    return Delivery.queued(
        notice.id(),
        revision,
        action,
        kind,
        key,
        channel.platform(),
        channel.chatId(),
        priority(notice, kind),
        clock.instant());
  }

  /** Urgent notices before routine ones; within each, channels before subscribers. */
  static int priority(Notice notice, RecipientKind kind) {
    return (notice.urgent() ? 0 : 10) + (kind == RecipientKind.CHANNEL ? 0 : 5);
  }
}
