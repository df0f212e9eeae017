package org.deptbot.core.leases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How scheduled rounds are shared between instances ({@code deptbot.rounds.*}).
 *
 * @param leaseTtl how long a round's lease lasts after its holder last ran it: while the holder
 *     runs the round more often than this it keeps it; once it stops (it crashed or lost the
 *     database), another instance takes the round over when this has passed. A few times the period
 *     of the rounds (most run every minute or more often); a round that runs less often asks for a
 *     longer lease of its own.
 */
@ConfigurationProperties("deptbot.rounds")
public record RoundsProperties(@DefaultValue("3m") Duration leaseTtl) {

  public RoundsProperties {
    if (leaseTtl.isNegative() || leaseTtl.isZero()) {
      throw new IllegalArgumentException("deptbot.rounds.lease-ttl must be positive: " + leaseTtl);
    }
  }
}
