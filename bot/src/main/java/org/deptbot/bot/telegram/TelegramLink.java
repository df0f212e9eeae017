package org.deptbot.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the bot knows of its link to Telegram, for the health check: whether start-up got through,
 * when a poll last succeeded, and whether storing updates fails. Polling counts as failing once no
 * poll has succeeded for {@code staleAfter} while polls fail or updates cannot be stored; a long
 * poll waiting for updates is not a failure.
 */
final class TelegramLink {

  private final Clock clock;
  private final Duration staleAfter;
  private volatile String startError = "connecting to Telegram";
  private volatile boolean polling;
  private volatile Instant lastPoll;
  private volatile boolean pollsFailing;
  private volatile String storeError;
  private volatile Instant storeFailingSince;

  TelegramLink(Clock clock, Duration staleAfter) {
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  void startFailed(String why) {
    startError = why;
  }

  /** Start-up got through; {@code polling} false for webhook mode. */
  void connected(boolean polling) {
    this.polling = polling;
    lastPoll = clock.instant();
    pollsFailing = false;
    startError = null;
  }

  void pollSucceeded() {
    lastPoll = clock.instant();
    pollsFailing = false;
  }

  void pollFailed() {
    pollsFailing = true;
  }

  void storeFailed(String why) {
    if (storeFailingSince == null) {
      storeFailingSince = clock.instant();
    }
    storeError = why;
  }

  void stored() {
    storeFailingSince = null;
    storeError = null;
  }

  /** Time since the last successful poll, when long polling and connected. */
  Optional<Duration> sinceLastPoll() {
    Instant last = lastPoll;
    return polling && last != null
        ? Optional.of(Duration.between(last, clock.instant()))
        : Optional.empty();
  }

  /** What is wrong, if anything. */
  Optional<String> trouble() {
    String notStarted = startError;
    if (notStarted != null) {
      return Optional.of("not connected to Telegram yet, retrying: " + notStarted);
    }
    Optional<Duration> age = sinceLastPoll();
    if (pollsFailing && age.isPresent() && age.get().compareTo(staleAfter) > 0) {
      return Optional.of(
          "no successful poll for "
              + age.get().toSeconds()
              + " s: Telegram is unreachable or answers with errors");
    }
    Instant since = storeFailingSince;
    if (since != null && Duration.between(since, clock.instant()).compareTo(staleAfter) > 0) {
      return Optional.of("received updates cannot be stored, retrying: " + storeError);
    }
    return Optional.empty();
  }
}
