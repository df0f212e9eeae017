package org.deptbot.bot.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the delivery workers behave ({@code deptbot.delivery.*}).
 *
 * @param senders sends in flight at once per platform (network round trips overlap)
 * @param lease how long a claimed delivery is this worker's before another may take it over
 * @param maxAttempts attempts before a transient error counts as a failure
 * @param firstBackoff the wait after the first transient error; doubled each time
 * @param maxBackoff the longest wait between attempts
 * @param poll how often an idle worker looks for work
 * @param senderLease how long one renewal of a platform's sending role holds it ({@link
 *     SenderLease}): one bot of those sharing the database sends on each platform, renews every
 *     third of this, and another takes the role over within about this much (plus a third, plus the
 *     platform's one-second window) after it dies
 */
@ConfigurationProperties("deptbot.delivery")
public record DeliveryProperties(
    @DefaultValue("4") int senders,
    @DefaultValue("60s") Duration lease,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("2s") Duration firstBackoff,
    @DefaultValue("5m") Duration maxBackoff,
    @DefaultValue("200ms") Duration poll,
    @DefaultValue("3s") Duration senderLease) {

  public DeliveryProperties {
    if (senders < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("deptbot.delivery.senders and max-attempts must be >= 1");
    }
  }
}
