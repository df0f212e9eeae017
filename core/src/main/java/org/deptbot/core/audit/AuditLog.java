package org.deptbot.core.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.deptbot.core.IndexedStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The audit log in MongoDB (collection {@code audit}): append-only and hash-chained.
 *
 * <p>Appending reads the head, works out the next entry and inserts it with the next sequence
 * number as its id. If another writer stored that number first, the insert fails on the unique id
 * and the append starts again from the new head, so concurrent writers line up in one chain and
 * never fork it. Nothing here updates or deletes an entry.
 *
 * <p>The entry this instance wrote last stands in for the head on the next append: if nobody else
 * wrote since, the insert succeeds without reading anything; if somebody did, the id is taken and
 * the append finds the real head by stepping along the ids from the entry it knew, one lookup by id
 * each. That keeps appending cheap on the embedded server, which sorts without the id index and so
 * reads the whole collection to find the head by sorting: with several writers at once, most
 * appends lost a race and read every entry ever written.
 */
public class AuditLog implements IndexedStore {

  /** How often an append starts again after losing a race before it gives up. */
  static final int MAX_TRIES = 50;

  private static final Sort BY_SEQ = Sort.by(Sort.Direction.ASC, "_id");

  private final MongoOperations mongo;
  private final Clock clock;
  private final AtomicReference<AuditEntry> lastWritten = new AtomicReference<>();

  public AuditLog(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public void createIndexes() {
    mongo.indexOps(AuditEntry.class).createIndex(new Index().on("subject", Sort.Direction.ASC));
  }

  /**
   * Records {@code what} as the next entry of the chain and returns it.
   *
   * @throws AuditLogBusy if other writers won the race {@value #MAX_TRIES} times in a row
   */
  public AuditEntry append(AuditRecord what) {
    AuditEntry previous = lastWritten.get();
    if (previous == null) {
      previous = head().orElse(null);
    }
    for (int attempt = 1; attempt <= MAX_TRIES; attempt++) {
      AuditEntry next = AuditEntry.after(previous, what, clock.instant());
      try {
        AuditEntry written = mongo.insert(next);
        lastWritten.accumulateAndGet(written, AuditLog::later);
        return written;
      } catch (DuplicateKeyException lostTheRace) {
        pauseBeforeTry(attempt);
        AuditEntry known = lastWritten.get();
        previous = headFrom(known == null ? previous : later(previous, known));
      }
    }
    throw AuditLogBusy.afterLosing(MAX_TRIES);
  }

  /** The latest entry, if there is any. */
  public Optional<AuditEntry> head() {
    return Optional.ofNullable(
        mongo.findOne(
            new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), AuditEntry.class));
  }

  /** The head, found by stepping along the ids from {@code known}, an entry of the chain. */
  private AuditEntry headFrom(AuditEntry known) {
    if (known == null) {
      return head().orElse(null);
    }
    AuditEntry at = known;
    for (AuditEntry next = byId(at.seq() + 1); next != null; next = byId(at.seq() + 1)) {
      at = next;
    }
    return at;
  }

  private AuditEntry byId(long seq) {
    return mongo.findById(seq, AuditEntry.class);
  }

  /** Up to {@code limit} entries from {@code fromSeq} on, in order. */
  public List<AuditEntry> entries(long fromSeq, int limit) {
    return mongo.find(query(where("_id").gte(fromSeq)).with(BY_SEQ).limit(limit), AuditEntry.class);
  }

  /** Every entry about one record ({@code notice:N-2026-000001}), in order. */
  public List<AuditEntry> about(String subject) {
    return mongo.find(query(where("subject").is(subject)).with(BY_SEQ), AuditEntry.class);
  }

  private static AuditEntry later(AuditEntry a, AuditEntry b) {
    return a == null || b.seq() > a.seq() ? b : a;
  }

  /** A short random pause, longer after each lost race, so the writers stop colliding. */
  private static void pauseBeforeTry(int attempt) {
    long micros = ThreadLocalRandom.current().nextLong(200L * Math.min(attempt, 10) + 1);
    try {
      TimeUnit.MICROSECONDS.sleep(micros);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw AuditLogBusy.interrupted();
    }
  }
}
