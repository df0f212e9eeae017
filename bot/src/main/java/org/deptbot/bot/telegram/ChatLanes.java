package org.deptbot.bot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One queue of work per chat, run on a few shared threads: a chat's tasks run one at a time, in the
 * order they were queued, while different chats' run side by side. A task returns a stage (its
 * replies delivered, say), and the chat's next task starts only once it completes; a chat waiting
 * for that (Telegram's {@code retry_after}) holds no thread, so it holds up no other chat.
 */
final class ChatLanes {

  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

  private final ExecutorService pool;
  private final Map<String, Deque<Supplier<CompletionStage<?>>>> lanes = new HashMap<>();
  private boolean stopped;

  ChatLanes(int threads, String name) {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues a task behind the chat's others; false once stopped (nothing is queued then). */
  boolean submit(String chat, Supplier<CompletionStage<?>> task) {
    synchronized (this) {
      if (stopped) {
        return false;
      }
      Deque<Supplier<CompletionStage<?>>> lane = lanes.get(chat);
      if (lane != null) {
        lane.addLast(task); // runs when the tasks before it are done
        return true;
      }
      lanes.put(chat, new ArrayDeque<>());
    }
    start(chat, task);
    return true;
  }

  private void start(String chat, Supplier<CompletionStage<?>> task) {
    try {
      pool.execute(() -> run(chat, task));
    } catch (RejectedExecutionException stopping) {
      synchronized (this) {
        lanes.remove(chat); // what it held is stored and handled after the restart
      }
    }
  }

  private void run(String chat, Supplier<CompletionStage<?>> task) {
    CompletionStage<?> done;
    try {
      done = task.get();
    } catch (RuntimeException e) {
      log.error("A task for a chat failed", e);
      done = CompletableFuture.completedFuture(null);
    }
    done.whenComplete((result, failed) -> next(chat));
  }

  private void next(String chat) {
    Supplier<CompletionStage<?>> task;
    synchronized (this) {
      Deque<Supplier<CompletionStage<?>>> lane = lanes.get(chat);
      task = lane == null ? null : lane.pollFirst();
      if (task == null) {
        lanes.remove(chat);
        return;
      }
    }
    start(chat, task);
  }

  /** Takes no more tasks and waits up to the timeout for those running to finish. */
  void stop(long timeout, TimeUnit unit) {
    synchronized (this) {
      stopped = true;
    }
    pool.shutdown();
    try {
      pool.awaitTermination(timeout, unit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
