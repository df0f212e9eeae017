package org.deptbot.core.enrollment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits for enrollment codes ({@code deptbot.enrollment.*}).
 *
 * @param codeValidity how long a new code works
 * @param maxFailures wrong codes one chat account may try within {@code failureWindow}
 * @param failureWindow the window in which failures are counted
 * @param lockout how long an account is locked out after {@code maxFailures}
 */
@ConfigurationProperties("deptbot.enrollment")
public record EnrollmentProperties(
    @DefaultValue("72h") Duration codeValidity,
    @DefaultValue("5") int maxFailures,
    @DefaultValue("15m") Duration failureWindow,
    @DefaultValue("30m") Duration lockout) {

  public EnrollmentProperties {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("deptbot.enrollment.max-failures must be at least 1");
    }
  }

  public static EnrollmentProperties defaults() {
    return new EnrollmentProperties(
        Duration.ofHours(72), 5, Duration.ofMinutes(15), Duration.ofMinutes(30));
  }
}
