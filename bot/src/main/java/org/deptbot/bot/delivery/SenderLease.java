package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.leases.Leases;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The sending role on one platform, held by one bot process at a time (collection {@code
 * sender_leases}, one document per platform), so however many bots share the database, one of them
 * sends the platform's deliveries and keeps its limits in its own windows ({@link SendWindows}).
 * The holder renews the lease every third of its length; when the holder dies, another bot takes
 * the lease once it has run out.
 *
 * <p>Two guards keep the hand-over inside the platform's limits. The holder stops sending a third
 * of the lease before the end it wrote ({@link #maySend}), so a holder that cannot renew (a pause,
 * the database gone) goes quiet before anyone else may take the role. And a bot that has just taken
 * the role waits one of the platform's windows ({@code quiet}) before its first send, so the old
 * holder's last sends have left every per-second window the platform counts. The lease's times are
 * compared across processes: their clocks must agree to well under a third of the lease (NTP does).
 */
public final class SenderLease {

  private static final Logger log = LoggerFactory.getLogger(SenderLease.class);

  static final String COLLECTION = "sender_leases";

  // null: a role nobody else can hold
  private final Leases leases;
  private final String platform;
  private final String holder;
  private final Duration length;
  private final Duration quiet;
  private final Clock clock;
  // until when this process may send: a third of the lease before heldUntil
  private Instant validUntil = Instant.EPOCH;
  // the end of the lease this process last wrote: before it no other bot can take the role
  private Instant heldUntil = Instant.EPOCH;
  private Instant sendFrom = Instant.EPOCH;

  /**
   * @param holder this process's name, unique among the bots (it is shown in the lease document)
   * @param length how long a renewal holds the role; another bot takes it over that long after the
   *     holder's last renewal at most, plus its own renewal period and {@code quiet}
   * @param quiet how long a bot that has just taken the role waits before sending
   */
  SenderLease(
      MongoOperations mongo,
      ChatPlatform platform,
      String holder,
      Duration length,
      Duration quiet,
      Clock clock) {
    this.leases = mongo == null ? null : new Leases(mongo, COLLECTION);
    this.platform = platform.name().toLowerCase();
    this.holder = holder;
    this.length = length;
    this.quiet = quiet;
    this.clock = clock;
  }

  /**
   * A role nobody else can hold: for a platform without limits (the training chat), where any bot
   * may send at any time.
   */
  static SenderLease unshared(ChatPlatform platform) {
    return new SenderLease(null, platform, "this process", Duration.ofDays(1), Duration.ZERO, null);
  }

  /** Whether the role is kept in the database, shared with other bots. */
  boolean shared() {
    return leases != null;
  }

  /** How often the holder renews, and the others try to take it: a third of its length. */
  Duration renewEvery() {
    return length.dividedBy(3);
  }

  String holder() {
    return holder;
  }

  /**
   * Takes or renews the role: one conditional write (the role is free, ran out, or is ours). Any
   * failure to write counts as not holding it; what was held runs out on its own. A renewal before
   * the end of the lease this process wrote is a renewal, however late: no other bot could have
   * taken the role meanwhile, so it sends again at once (it only went quiet for a while). Each
   * hand-over is logged with its cause.
   */
  synchronized void renew() {
    if (!shared()) {
      return;
    }
    Instant now = clock.instant();
    Instant until = now.plus(length);
    boolean taking = !now.isBefore(heldUntil);
    boolean held;
    Leases.Holding before = null;
    try {
      if (taking) {
        before = leases.find(platform).orElse(null);
      }
      held = leases.claim(platform, holder, now, until, taking);
    } catch (RuntimeException e) {
      log.warn(
          "Could not renew the {} sending role ({}); it lapses at {} unless renewed in time",
          platform,
          e.getMessage(),
          heldUntil);
      return;
    }
    if (!held) {
      if (heldUntil.isAfter(Instant.EPOCH)) {
        log.warn(
            "This bot no longer sends on {}: its lease ran out at {} before it was renewed (at {})"
                + " and another bot took the role",
            platform,
            heldUntil,
            now);
      }
      validUntil = Instant.EPOCH;
      heldUntil = Instant.EPOCH;
      return;
    }
    if (taking) {
      // taken, not renewed: the last holder's sends must leave the platform's windows first
      sendFrom = now.plus(quiet);
      log.info("This bot now sends on {} (from {}): {}", platform, sendFrom, cause(before, now));
    } else if (!now.isBefore(validUntil)) {
      log.info(
          "The {} sending role was renewed late ({} after the last renewal was due); sends paused"
              + " from {} until now",
          platform,
          Duration.between(validUntil.minus(renewEvery()), now),
          validUntil);
    }
    heldUntil = until;
    validUntil = until.minus(renewEvery());
  }

  /** Why the role was free for this bot to take. */
  private String cause(Leases.Holding before, Instant now) {
    if (before == null) {
      return "no bot had held it yet";
    }
    if (holder.equals(before.holder())) {
      return "this bot's own lease had run out at " + before.until();
    }
    return before.holder()
        + " gave it up or stopped renewing it (its lease ended at "
        + before.until()
        + ", "
        + Duration.between(before.until(), now).toMillis()
        + " ms before)";
  }

  /** Whether this process may send on the platform now. */
  synchronized boolean maySend(Instant now) {
    if (!shared()) {
      return true;
    }
    return now.isBefore(validUntil) && !now.isBefore(sendFrom);
  }

  /**
   * Gives the role up at once (the bot is stopping, its sends are done), so another takes it at its
   * next try rather than at the end of the lease.
   */
  synchronized void release() {
    if (!shared()) {
      return;
    }
    validUntil = Instant.EPOCH;
    heldUntil = Instant.EPOCH;
    try {
      leases.release(platform, holder, clock.instant());
      log.info("This bot gave up the {} sending role: it is stopping", platform);
    } catch (RuntimeException e) {
      log.warn("Could not give up the {} sending role; it runs out by itself", platform);
    }
  }
}
