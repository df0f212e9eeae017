package org.deptbot.core.records;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention schedule ({@code deptbot.retention.*}): how long each kind of record is kept after
 * it is closed. A record still open is never purged, nor one under a legal hold. Periods are
 * written {@code 3y}, {@code 18m}, {@code 90d} or ISO-8601 ({@code P3Y}); to keep a kind for good,
 * give it a period longer than anyone will need ({@code 100y}).
 *
 * <p>The audit log has no schedule: it is kept for good. Each entry's hash covers the one before,
 * so deleting old entries would leave a chain no verifier can check from its start, and the log is
 * what shows that the other records were purged by schedule and not by hand.
 *
 * @param notices a notice with its revisions, deliveries and photos, after it is cancelled, expired
 *     or its person found
 * @param reports a violation report with its evidence files, after it is resolved or dismissed
 * @param tips a tip with its photo, after it is closed
 * @param templates a retired template version, once no kept notice was issued from it
 */
@ConfigurationProperties("deptbot.retention")
public record RetentionProperties(
    @DefaultValue("3y") Period notices,
    @DefaultValue("5y") Period reports,
    @DefaultValue("3y") Period tips,
    @DefaultValue("3y") Period templates) {

  public RetentionProperties {
    check("notices", notices);
    check("reports", reports);
    check("tips", tips);
    check("templates", templates);
  }

  public static RetentionProperties defaults() {
    return new RetentionProperties(
        Period.ofYears(3), Period.ofYears(5), Period.ofYears(3), Period.ofYears(3));
  }

  /** How long a closed record of this type is kept. */
  public Period of(RecordType type) {
    return switch (type) {
      case NOTICE -> notices;
      case REPORT -> reports;
      case TIP -> tips;
      case TEMPLATE -> templates;
    };
  }

  /** The moment a record of this type closed at {@code closedAt} may go (calendar years, UTC). */
  public Instant keptUntil(RecordType type, Instant closedAt) {
    return closedAt.atOffset(ZoneOffset.UTC).plus(of(type)).toInstant();
  }

  private static void check(String name, Period period) {
    if (period == null || period.isNegative()) {
      throw new IllegalArgumentException(
          "deptbot.retention." + name + " is a period of zero or more, such as 3y or 90d");
    }
  }
}
