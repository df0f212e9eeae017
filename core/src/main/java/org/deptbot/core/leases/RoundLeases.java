package org.deptbot.core.leases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * One lease per scheduled round (collection {@code leases}: {@code _id} the round's name, {@code
 * holder} the instance that runs it, {@code until} when the lease lapses), so that of several
 * processes on one database only one runs each round at a time.
 *
 * <p>Taking and renewing are one conditional write ({@link Leases#claim}): the lease is set to this
 * instance when it has lapsed or is already this instance's; when it is another's and still
 * running, the write matches nothing, and the insert it would upsert collides with the round's
 * {@code _id}. The holder renews it at the start and the end of every run, so it keeps the round
 * while it is alive; a holder that stops lets it lapse, and the next instance whose round comes up
 * takes it. On an orderly stop the instance gives its leases back at once.
 *
 * <p>The lease saves work and nothing more: two instances may still both run a round (a run longer
 * than the lease, clocks apart), so every round keeps its own conditional writes and stays correct
 * when run twice.
 */
public class RoundLeases implements AutoCloseable {

  static final String COLLECTION = "leases";

  private static final Logger log = LoggerFactory.getLogger(RoundLeases.class);

  private final Leases leases;
  private final Clock clock;
  private final String instance;
  private final Duration ttl;
  private final Map<String, AtomicLong> tries = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> runs = new ConcurrentHashMap<>();

  /** An instance with a random id, logged once. */
  public RoundLeases(MongoOperations mongo, Clock clock, Duration ttl) {
    this(mongo, clock, UUID.randomUUID().toString(), ttl);
    log.info("This instance is {}: it runs the scheduled rounds whose lease it holds", instance);
  }

  RoundLeases(MongoOperations mongo, Clock clock, String instance, Duration ttl) {
    this.leases = new Leases(mongo, COLLECTION);
    this.clock = clock;
    this.instance = instance;
    this.ttl = ttl;
  }

  /** This instance's id, as the {@code holder} of its leases. */
  public String instance() {
    return instance;
  }

  /** Runs {@code round} when this instance holds its lease (the configured length). */
  public boolean tryRun(String round, Runnable body) {
    return tryRun(round, ttl, body);
  }

  /**
   * Takes or renews the lease on {@code round} for {@code ttl} and runs {@code body} if this
   * instance holds it; true when it ran. A round that runs less often than the configured lease
   * passes a longer one, a few times its period. A failure of the database to take the lease is
   * logged and the round skipped: the next period tries again.
   */
  public boolean tryRun(String round, Duration ttl, Runnable body) {
    Duration length = ttl.compareTo(this.ttl) > 0 ? ttl : this.ttl;
    tries.computeIfAbsent(round, r -> new AtomicLong()).incrementAndGet();
    boolean held;
    try {
      held = take(round, length);
    } catch (RuntimeException e) {
      log.warn("Could not take the lease on round {}; it is skipped this time", round, e);
      return false;
    }
    if (!held) {
      return false;
    }
    try {
      body.run();
    } finally {
      runs.computeIfAbsent(round, r -> new AtomicLong()).incrementAndGet();
      try {
        take(round, length); // a long run does not eat into the time the lease has left
      } catch (RuntimeException e) {
        log.debug("Could not renew the lease on round {} after its run", round, e);
      }
    }
    return true;
  }

  /** How many times this instance ran each round since it started, by round. */
  public Map<String, Long> runs() {
    return counts(runs);
  }

  /** How many times each round came up here since this instance started, run or not. */
  public Map<String, Long> tries() {
    return counts(tries);
  }

  private static Map<String, Long> counts(Map<String, AtomicLong> of) {
    Map<String, Long> counts = new TreeMap<>();
    of.forEach((round, count) -> counts.put(round, count.get()));
    return counts;
  }

  private boolean take(String round, Duration length) {
    Instant now = clock.instant();
    return leases.claim(round, instance, now, now.plus(length), false);
  }

  /** Gives this instance's leases back, so another instance takes the rounds over at once. */
  @Override
  public void close() {
    try {
      long released = leases.releaseAll(instance);
      if (released > 0) {
        log.info("Gave back the leases on {} scheduled round(s)", released);
      }
    } catch (RuntimeException e) {
      log.warn("Could not give the round leases back; they lapse after {}", ttl, e);
    }
  }
}
