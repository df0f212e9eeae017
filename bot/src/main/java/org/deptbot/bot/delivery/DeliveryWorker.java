package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.RecipientKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one platform's queued deliveries, most urgent first, as fast as the platform allows and no
 * faster. A delivery is claimed (leased) only when its chat's window has room, so a worker never
 * holds work it cannot send; several workers, in one process or many, share one queue. Only the
 * worker whose bot holds the platform's sending role ({@link SenderLease}) claims anything, so the
 * platform's limits are kept in one place however many bots run.
 */
final class DeliveryWorker implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final int BATCH = 50;
  private static final Duration PUBLISHING_LOOK = Duration.ofSeconds(1);

  private final NoticePoster poster;
  private final Deliveries deliveries;
  private final DeliveryAttempt attempt;
  private final SendWindows windows;
  private final SenderLease lease;
  private final DeliveryProperties properties;
  private final Clock clock;
  private final String name;
  private final Semaphore inFlight;
  private final ExecutorService senders;
  private final Set<String> sending = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile boolean running = true;
  private Instant nextPublishingLook = Instant.MIN;

  DeliveryWorker(
      NoticePoster poster,
      Deliveries deliveries,
      DeliveryAttempt attempt,
      SendWindows windows,
      SenderLease lease,
      DeliveryProperties properties,
      Clock clock) {
    this.poster = poster;
    this.deliveries = deliveries;
    this.attempt = attempt;
    this.windows = windows;
    this.lease = lease;
    this.properties = properties;
    this.clock = clock;
    this.name = poster.platform().name().toLowerCase() + "-" + UUID.randomUUID();
    this.inFlight = new Semaphore(properties.senders());
    this.senders = Executors.newFixedThreadPool(properties.senders(), r -> daemon(r, name));
  }

  String name() {
    return name;
  }

  @Override
  public void run() {
    while (running) {
      try {
        Duration idle = sendWhatIsDue();
        if (!idle.isZero()) {
          Thread.sleep(Math.max(1, Math.min(idle.toMillis(), properties.poll().toMillis())));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Delivery worker {} hit an error; it carries on in a moment", name, e);
        sleepQuietly(properties.poll());
      }
    }
  }

  /** One pass over what is due; returns how long to wait before the next, zero to go on at once. */
  Duration sendWhatIsDue() throws InterruptedException {
    if (!lease.maySend(clock.instant())) {
      return properties.poll(); // another bot sends on this platform, or this one just took over
    }
    List<Delivery> due = deliveries.due(poster.platform(), clock.instant(), BATCH);
    Duration soonest = properties.poll();
    boolean sentAny = false;
    Set<String> busyChats = new HashSet<>();
    for (Delivery delivery : due) {
      if (!running || !lease.maySend(clock.instant())) {
        break;
      }
      if (sending.contains(delivery.id()) || busyChats.contains(delivery.chatId())) {
        continue;
      }
      Duration overall = windows.untilOverall(clock.instant());
      if (!overall.isZero()) {
        Thread.sleep(Math.max(1, overall.toMillis()));
      }
      Instant now = clock.instant();
      Duration wait =
          windows.tryTake(
              delivery.chatId(), delivery.recipientKind() == RecipientKind.CHANNEL, now);
      if (!wait.isZero()) {
        busyChats.add(delivery.chatId()); // keep its order: nothing later to that chat either
        soonest = wait.compareTo(soonest) < 0 ? wait : soonest;
        continue;
      }
      inFlight.acquire();
      if (!deliveries.claim(delivery.id(), name, now, properties.lease())) {
        inFlight.release();
        continue;
      }
      sentAny = true;
      sending.add(delivery.id());
      Delivery claimed = delivery.claimed(name, now.plus(properties.lease()));
      senders.execute(
          () -> {
            try {
              attempt.run(claimed);
            } finally {
              sending.remove(claimed.id());
              inFlight.release();
            }
          });
    }
    publishWhatIsDue();
    windows.forgetIdle(clock.instant());
    return sentAny ? Duration.ZERO : soonest;
  }

  /**
   * Starts the publishing steps that are due (posts to share with following servers), looking at
   * most once a second: they are few, and the look reads the deliveries collection.
   */
  private void publishWhatIsDue() throws InterruptedException {
    Instant now = clock.instant();
    if (!poster.publishes() || now.isBefore(nextPublishingLook)) {
      return;
    }
    nextPublishingLook = now.plus(PUBLISHING_LOOK);
    for (Delivery delivery : deliveries.publishingDue(poster.platform(), now, BATCH)) {
      if (!running) {
        return;
      }
      String key = delivery.id() + "#publish";
      if (sending.contains(key)) {
        continue;
      }
      inFlight.acquire();
      if (!deliveries.claimPublishing(delivery.id(), clock.instant(), properties.lease())) {
        inFlight.release();
        continue;
      }
      sending.add(key);
      senders.execute(
          () -> {
            try {
              attempt.publish(delivery);
            } finally {
              sending.remove(key);
              inFlight.release();
            }
          });
    }
  }

  /** Stops claiming; sends in flight finish (or are reclaimed after their lease). */
  void stop(Duration grace) {
    running = false;
    senders.shutdown();
    try {
      if (!senders.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, "delivery-" + name);
    t.setDaemon(true);
    return t;
  }

  private static void sleepQuietly(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
