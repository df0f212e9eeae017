package org.deptbot.bot.reports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Early-intervention settings ({@code deptbot.cases.early-intervention.*}).
 *
 * @param threshold a staff member who is the subject of this many cases within {@code window} is
 *     flagged to internal affairs ({@code DEPTBOT_CASES_EARLY_INTERVENTION_THRESHOLD}, 3)
 * @param window how far back cases count, from the moment of the round ({@code
 *     DEPTBOT_CASES_EARLY_INTERVENTION_WINDOW}, {@code P365D})
 */
@ConfigurationProperties("deptbot.cases.early-intervention")
record EarlyInterventionProperties(
    @DefaultValue("3") int threshold, @DefaultValue("P365D") Duration window) {

  EarlyInterventionProperties {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "deptbot.cases.early-intervention.threshold must be at least 1 (it is "
              + threshold
              + ")");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "deptbot.cases.early-intervention.window must be longer than zero, such as P365D");
    }
  }
}
