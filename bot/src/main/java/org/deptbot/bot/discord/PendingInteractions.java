package org.deptbot.bot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interactions waiting for the engine's replies, by update key. An entry is taken when its replies
 * are delivered; one left behind (the update was a redelivery, or handling failed) is dropped once
 * its hook has expired.
 */
final class PendingInteractions {

  private static final Duration HOOK_LIFETIME = Duration.ofMinutes(15);
  private final Map<String, PendingInteraction> pending = new ConcurrentHashMap<>();
  private final Clock clock;

  PendingInteractions(Clock clock) {
    this.clock = clock;
  }

  void put(String updateKey, PendingInteraction interaction) {
    var expired = clock.instant().minus(HOOK_LIFETIME);
    pending.values().removeIf(p -> p.deferredAt().isBefore(expired));
    pending.put(updateKey, interaction);
  }

  Optional<PendingInteraction> take(String updateKey) {
    return Optional.ofNullable(pending.remove(updateKey));
  }
}
