package org.deptbot.core;

/**
 * A store whose collections need indexes before the first request that uses them (unique ones keep
 * a second Submit or a redelivered update from being stored twice), or owe a one-time rebuild.
 * Constructors do none of it: {@link DatabaseAtStartup} calls {@link #createIndexes} once for every
 * store, before the web server and the platform clients start; a store built by hand (a test, a
 * tool) calls it itself.
 */
public interface IndexedStore {

  /**
   * Creates the store's indexes (a no-op for those that exist) and does whatever one-time work a
   * marker in {@code counters} says is still owed.
   */
  void createIndexes();
}
