package org.deptbot.core;

/**
 * How the database takes the burst of writes made while the bot starts (indexes, the seed import),
 * before anyone is served. The embedded database provides one that puts them on disk together at
 * the end rather than after each write; a real MongoDB needs nothing, so it gets {@link
 * #EACH_AS_IT_COMES}.
 */
@FunctionalInterface
public interface StartupWrites {

  /** Runs {@code work} with no batching: each write is as durable as it always is. */
  StartupWrites EACH_AS_IT_COMES = Runnable::run;

  /**
   * Runs {@code work}; its writes are all on disk when this returns, and none is acknowledged to
   * anyone outside the start-up step before then.
   */
  void together(Runnable work);
}
