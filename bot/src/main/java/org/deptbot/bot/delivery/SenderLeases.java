package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Makes this process's {@link SenderLease} for each platform with limits; see {@link
 * DeliveryService}. One per process: its name (process id and a random part) tells the bots apart
 * in {@code sender_leases}.
 */
public final class SenderLeases {

  private final MongoOperations mongo;
  private final Clock clock;
  private final Duration length;
  private final String process;

  /**
   * @param length how long one renewal holds the sending role ({@code
   *     deptbot.delivery.sender-lease})
   */
  public SenderLeases(MongoOperations mongo, Clock clock, Duration length) {
    if (length.compareTo(Duration.ofMillis(300)) < 0) {
      throw new IllegalArgumentException(
          "deptbot.delivery.sender-lease must be at least 300ms: " + length);
    }
    this.mongo = mongo;
    this.clock = clock;
    this.length = length;
    this.process =
        ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** This process's name in the lease documents: its process id, a dash and a random part. */
  public String process() {
    return process;
  }

  /**
   * The sending role on {@code platform}; shared through the database when the platform has an
   * overall or per-chat limit, else a role this process always holds.
   */
  SenderLease lease(ChatPlatform platform, SendLimits limits) {
    if (limits.overall() == 0 && limits.perPrivateChat() == 0) {
      return SenderLease.unshared(platform);
    }
    Duration quiet =
        limits.overallWindow().compareTo(limits.privateChatWindow()) >= 0
            ? limits.overallWindow()
            : limits.privateChatWindow();
    return new SenderLease(mongo, platform, process, length, quiet, clock);
  }
}
