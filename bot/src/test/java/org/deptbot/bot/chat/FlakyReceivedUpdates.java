package org.deptbot.bot.chat;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The stored updates with MongoDB failing or slow on demand, for tests of what an adapter does when
 * storing an update fails or takes long. A failure can come before the write or after it, as a
 * timeout can: the write was applied, but the caller only learns that it failed.
 */
public class FlakyReceivedUpdates extends ReceivedUpdates {

  private final AtomicInteger failBefore = new AtomicInteger();
  private final AtomicInteger failAfter = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicReference<Runnable> slowNext = new AtomicReference<>();

  public FlakyReceivedUpdates(MongoOperations mongo, Clock clock) {
    super(mongo, clock);
  }

  /** The next {@code times} stores fail without writing. */
  public void failBeforeWriting(int times) {
    failBefore.set(times);
  }

  /** The next {@code times} stores write the update, then fail as a timed-out reply does. */
  public void failAfterWriting(int times) {
    failAfter.set(times);
  }

  /**
   * The next store runs {@code meanwhile} before it writes, as a slow database would let time pass
   * (a test moves a fake's clock on there, rather than sleeping).
   */
  public void slowNextStore(Runnable meanwhile) {
    slowNext.set(meanwhile);
  }

  /** Stores that failed so far. */
  public int failures() {
    return failures.get();
  }

  @Override
  boolean store(Incoming incoming) {
    Runnable meanwhile = slowNext.getAndSet(null);
    if (meanwhile != null) {
      meanwhile.run();
    }
    if (failBefore.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw timeout();
    }
    boolean fresh = super.store(incoming);
    if (failAfter.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw timeout();
    }
    return fresh;
  }

  private DataAccessResourceFailureException timeout() {
    failures.incrementAndGet();
    return new DataAccessResourceFailureException(
        "Timed out after 30000 ms while waiting for a server (injected by the test)");
  }
}
