package org.deptbot.bot.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

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

  /** Who holds the sending role on a platform, and until when. */
  @Document("sender_leases")
  record Holding(@Id String id, String holder, Instant until, Instant since) {}

  private final MongoOperations mongo;
  private final String platform;
  private final String holder;
  private final Duration length;
  private final Duration quiet;
  private final Clock clock;
  private Instant validUntil = Instant.EPOCH;
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
    this.mongo = mongo;
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
    return mongo != null;
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
   * failure to write counts as not holding it; what was held runs out on its own.
   */
  synchronized void renew() {
    if (!shared()) {
      return;
    }
    Instant now = clock.instant();
    Instant until = now.plus(length);
    boolean held;
    try {
      held = extend(now, until) || create(now, until);
    } catch (RuntimeException e) {
      log.warn("Could not renew the {} sending role; it lapses unless renewed in time", platform);
      return;
    }
    if (!held) {
      validUntil = Instant.EPOCH;
      return;
    }
    if (!now.isBefore(validUntil)) {
      // taken, not renewed: the last holder's sends must leave the platform's windows first
      sendFrom = now.plus(quiet);
      log.info("This bot now sends on {} (from {})", platform, sendFrom);
    }
    validUntil = until.minus(renewEvery());
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
    try {
      mongo.updateFirst(
          query(where("_id").is(platform).and("holder").is(holder)),
          new Update().set("until", clock.instant()),
          Holding.class);
    } catch (RuntimeException e) {
      log.warn("Could not give up the {} sending role; it runs out by itself", platform);
    }
  }

  private boolean extend(Instant now, Instant until) {
    var ours = where("holder").is(holder);
    var free = where("until").lte(now);
    var update = new Update().set("holder", holder).set("until", until);
    if (!now.isBefore(validUntil)) {
      update.set("since", now);
    }
    return mongo
            .updateFirst(
                query(where("_id").is(platform).orOperator(ours, free)), update, Holding.class)
            .getMatchedCount()
        == 1;
  }

  private boolean create(Instant now, Instant until) {
    try {
      mongo.insert(new Holding(platform, holder, until, now));
      return true;
    } catch (DuplicateKeyException e) {
      return false; // another bot holds it
    }
  }
}
