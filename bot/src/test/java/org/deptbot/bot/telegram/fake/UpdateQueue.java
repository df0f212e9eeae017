package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's update queue for one bot: ids only grow, {@code getUpdates} with an offset confirms
 * (forgets) every update below it, unconfirmed updates come again, and a long poll waits for the
 * next update. A second {@code getUpdates} while one waits ends the waiting one with 409, which is
 * how Telegram tells two running instances of a bot apart.
 */
final class UpdateQueue {

  /** Long polls wait at most this long, whatever the bot asks, so tests never hang on them. */
  static final int MAX_WAIT_SECONDS = 5;

  static final String TERMINATED =
      "Conflict: terminated by other getUpdates request; make sure that only one bot instance is"
          + " running";

  private final NavigableMap<Long, JsonNode> pending = new TreeMap<>();
  private final Map<Long, JsonNode> everIssued = new HashMap<>();
  // Not 1, so a bot that confuses update ids with offsets or counts fails; the client wants an int.
  private long nextId = 100_001;
  private long confirmedOffset;
  private int calls;
  private long pollGeneration;
  private boolean closed;

  /** Queues {@code {"update_id": n, kind: payload}} and returns n. */
  synchronized long add(String kind, JsonNode payload) {
    long id = nextId++;
    ObjectNode update = TelegramJson.object().put("update_id", id);
    update.set(kind, payload);
    everIssued.put(id, update);
    pending.put(id, update);
    notifyAll();
    return id;
  }

  synchronized void redeliver(long updateId) {
    JsonNode update = everIssued.get(updateId);
    if (update == null) {
      throw new IllegalArgumentException("no update " + updateId + " was ever queued");
    }
    pending.put(updateId, update);
    notifyAll();
  }

  synchronized void dropPending() {
    pending.clear();
  }

  List<JsonNode> poll(Long offset, int limit, int timeoutSeconds) throws InterruptedException {
    synchronized (this) {
      calls++;
      long generation = ++pollGeneration;
      notifyAll();
      confirm(offset);
      long waitNanos = TimeUnit.SECONDS.toNanos(Math.min(timeoutSeconds, MAX_WAIT_SECONDS));
      long deadline = System.nanoTime() + waitNanos;
      while (true) {
        if (generation != pollGeneration) {
          throw new ApiError(409, TERMINATED);
        }
        if (closed) {
          return List.of();
        }
        if (!pending.isEmpty()) {
          return pending.values().stream().limit(limit).toList();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return List.of();
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }

  private void confirm(Long offset) {
    if (offset == null || offset == 0) {
      return;
    }
    if (offset < 0) {
      // Telegram's negative offset: keep only the last -offset updates.
      while (pending.size() > -offset) {
        pending.pollFirstEntry();
      }
      return;
    }
    pending.headMap(offset, false).clear();
    confirmedOffset = Math.max(confirmedOffset, offset);
  }

  /** The update as it was queued, for a test that posts it to a webhook itself. */
  synchronized String json(long updateId) {
    JsonNode update = everIssued.get(updateId);
    if (update == null) {
      throw new IllegalArgumentException("no update " + updateId + " was ever queued");
    }
    return update.toString();
  }

  synchronized long confirmedOffset() {
    return confirmedOffset;
  }

  synchronized int calls() {
    return calls;
  }

  synchronized int pendingCount() {
    return pending.size();
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
