package org.deptbot.bot.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs delivery in the bot: a worker per platform that has a poster, the planner that turns new
 * notice revisions into deliveries (also those written by the admin console), and the reclaiming of
 * deliveries whose worker died. Platforms that are off keep their deliveries queued until they are
 * on again. Of the bots sharing the database, one sends on each platform with limits: the holder of
 * its sending role ({@link SenderLease}, renewed here), so their limits hold for all the bots
 * together; the others plan, reclaim and stand by to take the role over.
 */
public class DeliveryService implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

  private final Map<ChatPlatform, NoticePoster> posters;
  private final Map<ChatPlatform, SendLimits> limits;
  private final SendBudgets budgets;
  private final java.util.Set<ChatPlatform> real = java.util.EnumSet.noneOf(ChatPlatform.class);
  private final Deliveries deliveries;
  private final DeliveryPlanner planner;
  private final Notices notices;
  private final Subscribers subscribers;
  private final NoticePosts posts;
  private final DeliveryProperties properties;
  private final Messages messages;
  private final Clock clock;
  private final List<DeliveryWorker> workers = new ArrayList<>();
  private final SenderLeases leases;
  private final List<SenderLease> held = new ArrayList<>();
  private ScheduledExecutorService housekeeping;
  private ScheduledExecutorService leaseKeeping;
  private volatile boolean running;

  private final ChatMigrations migrations;
  // null: this bot is the only one on its database and runs every round
  private volatile RoundLeases roundLeases;

  /**
   * With the send budgets shared with the platforms' replies in chat ({@link SendBudgets}): a real
   * platform's worker paces within what the replies leave it; and the sending roles ({@link
   * SenderLeases}): of the bots sharing the database, only the one holding a platform's role sends
   * its deliveries.
   */
  public DeliveryService(
      List<NoticePoster> realPosters,
      Optional<StandInPoster> standIn,
      Deliveries deliveries,
      DeliveryPlanner planner,
      Notices notices,
      Subscribers subscribers,
      NoticePosts posts,
      DeliveryProperties properties,
      Messages messages,
      Clock clock,
      ChatMigrations migrations,
      SendBudgets budgets,
      SenderLeases leases) {
    this.budgets = budgets;
    this.leases = leases;
    this.migrations = migrations;
    this.messages = messages;
    this.posters = new EnumMap<>(ChatPlatform.class);
    this.limits = new EnumMap<>(ChatPlatform.class);
    for (NoticePoster poster : realPosters) {
      posters.put(poster.platform(), poster);
      real.add(poster.platform());
      limits.put(poster.platform(), limitsOf(poster.platform()));
    }
    standIn.ifPresent(
        s -> {
          for (ChatPlatform platform : ChatPlatform.values()) {
            if (!posters.containsKey(platform)) {
              posters.put(platform, s.standingInFor(platform));
              limits.put(platform, SendLimits.none());
            }
          }
        });
    this.deliveries = deliveries;
    this.planner = planner;
    this.notices = notices;
    this.subscribers = subscribers;
    this.posts = posts;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * With several bots on one database, the planning and reclaiming rounds run only in the one
   * holding their lease; the workers run everywhere, but only the bot holding a platform's sending
   * role ({@link SenderLeases}) claims and sends that platform's deliveries.
   */
  public void shareRoundsThrough(RoundLeases leases) {
    this.roundLeases = leases;
  }

  private void round(String name, Runnable body) {
    RoundLeases shared = roundLeases;
    if (shared == null) {
      body.run();
    } else {
      shared.tryRun(name, body);
    }
  }

  /** Whether this bot posts on {@code platform} (for real, or in the training chat). */
  public boolean serves(ChatPlatform platform) {
    return posters.containsKey(platform);
  }

  /**
   * Plans what was just stored, without waiting for the next round. One planning at a time: the
   * round and a dispatcher's confirm would otherwise both queue the same broadcast, the second
   * insert failing on every id.
   */
  public synchronized void planNow() {
    try {
      planner.planPending();
    } catch (RuntimeException e) {
      log.warn("Planning deliveries failed; the next round tries again", e);
    }
  }

  @Override
  public void start() {
    for (Map.Entry<ChatPlatform, NoticePoster> entry : posters.entrySet()) {
      SendWindows windows =
          real.contains(entry.getKey())
              ? budgets.windows(entry.getKey())
              : new SendWindows(limits.get(entry.getKey()));
      SenderLease lease = leases.lease(entry.getKey(), limits.get(entry.getKey()));
      if (lease.shared()) {
        held.add(lease);
      }
      var attempt =
          new DeliveryAttempt(
              new PacedPoster(
                  entry.getValue(),
                  windows,
                  lease,
                  clock,
                  real.contains(entry.getKey()) ? budgets : null),
              deliveries,
              notices,
              subscribers,
              posts,
              windows,
              properties,
              messages,
              clock,
              migrations);
      var worker =
          new DeliveryWorker(
              entry.getValue(), deliveries, attempt, windows, lease, properties, clock);
      workers.add(worker);
      Thread thread = new Thread(worker, "delivery-worker-" + entry.getKey().name().toLowerCase());
      thread.setDaemon(true);
      thread.start();
    }
    housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "delivery-housekeeping");
              t.setDaemon(true);
              return t;
            });
    // on a thread of its own: a long planning round must not let the sending role lapse
    leaseKeeping =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "delivery-sender-lease");
              t.setDaemon(true);
              return t;
            });
    long renewMillis = Math.max(1, properties.senderLease().dividedBy(3).toMillis());
    leaseKeeping.scheduleWithFixedDelay(
        () -> held.forEach(SenderLease::renew), 0, renewMillis, TimeUnit.MILLISECONDS);
    housekeeping.scheduleWithFixedDelay(
        () -> round("delivery.plan", this::planNow), 0, 500, TimeUnit.MILLISECONDS);
    housekeeping.scheduleWithFixedDelay(this::forgetIdleWindows, 5, 5, TimeUnit.SECONDS);
    housekeeping.scheduleWithFixedDelay(
        () -> round("delivery.reclaim", this::reclaim),
        0,
        Math.max(1, properties.lease().toSeconds() / 2),
        TimeUnit.SECONDS);
    running = true;
    log.info("Delivering notices on {}", posters.keySet());
  }

  /**
   * Deletes the shared send windows that ran out, so no chat's stays longer than a few seconds
   * after its last call (every bot does it: it is one cheap delete).
   */
  private void forgetIdleWindows() {
    try {
      budgets.forgetIdle();
    } catch (RuntimeException e) {
      log.debug("Could not delete the send windows that ran out; the next round tries again", e);
    }
  }

  private void reclaim() {
    try {
      long reclaimed = deliveries.reclaimExpired(clock.instant());
      if (reclaimed > 0) {
        log.warn("Took back {} deliveries whose worker stopped before finishing", reclaimed);
      }
    } catch (RuntimeException e) {
      log.warn("Reclaiming deliveries failed; the next round tries again", e);
    }
  }

  @Override
  public void stop() {
    running = false;
    if (housekeeping != null) {
      housekeeping.shutdownNow();
    }
    workers.forEach(w -> w.stop(java.time.Duration.ofSeconds(5)));
    workers.clear();
    if (leaseKeeping != null) {
      leaseKeeping.shutdownNow();
      try {
        leaseKeeping.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    held.forEach(SenderLease::release); // its sends are done: another bot may take over now
    held.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the chat adapters, so posting starts once they are connected. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }

  private static SendLimits limitsOf(ChatPlatform platform) {
    return switch (platform) {
      case TELEGRAM -> SendLimits.telegram();
      case DISCORD -> SendLimits.discord();
      case TRAINING -> SendLimits.none();
    };
  }
}
