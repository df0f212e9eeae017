package org.deptbot.bot.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Incoming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a polled update, trying again with growing waits until it is stored or the bot stops.
 * telegrambots confirms a batch to Telegram at the next getUpdates, and that call waits for this
 * one, so an update is never confirmed before it is stored; if the bot stops first, Telegram sends
 * the update again after the restart.
 */
final class UpdateIntake {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

  private final ChatIngress ingress;
  private final TelegramLink link;
  private final Duration retryMax;
  private final BooleanSupplier stopping;

  UpdateIntake(
      ChatIngress ingress, TelegramLink link, Duration retryMax, BooleanSupplier stopping) {
    this.ingress = ingress;
    this.link = link;
    this.retryMax = retryMax;
    this.stopping = stopping;
  }

  /**
   * True when the update is stored and is to be handled. After a failed attempt, "received before"
   * may mean that attempt wrote it (a timeout after the write), so it is handled all the same:
   * handling skips an update already handled.
   */
  boolean store(Incoming incoming) {
    RetryDelay delay = new RetryDelay(retryMax);
    boolean failedBefore = false;
    while (true) {
      try {
        boolean fresh = ingress.receive(incoming);
        link.stored();
        return fresh || failedBefore;
      } catch (RuntimeException e) {
        failedBefore = true;
        link.storeFailed(e.getMessage());
        Duration wait = delay.next();
        log.warn(
            "Could not store update {} ({}); trying again in {} ms",
            incoming.updateKey(),
            e.getMessage(),
            wait.toMillis());
        if (stopping.getAsBoolean() || !sleep(wait)) {
          log.warn(
              "Update {} not stored as the bot is stopping; Telegram sends it again after the"
                  + " restart",
              incoming.updateKey());
          return false;
        }
      }
    }
  }

  private static boolean sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
