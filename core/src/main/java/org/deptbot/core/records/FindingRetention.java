package org.deptbot.core.records;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a closed case is kept by its most serious finding ({@code
 * deptbot.records.retention-by-finding}, such as {@code SUSTAINED: P10Y} and {@code UNFOUNDED:
 * P2Y}). A case whose most serious finding is not listed, or that has no finding (dismissed, or
 * closed before findings), is kept for {@code deptbot.retention.reports}. A legal hold still keeps
 * a case past its period.
 *
 * @param retentionByFinding periods by finding code (upper case); may be empty
 */
@ConfigurationProperties("deptbot.records")
public record FindingRetention(Map<String, Period> retentionByFinding) {

  public FindingRetention {
    Map<String, Period> checked = new TreeMap<>();
    (retentionByFinding == null ? Map.<String, Period>of() : retentionByFinding)
        .forEach(
            (code, period) -> {
              if (period == null || period.isNegative()) {
                throw new IllegalArgumentException(
                    "deptbot.records.retention-by-finding."
                        + code
                        + " is a period of zero or more, such as P10Y or 2y");
              }
              checked.put(code.strip().toUpperCase(Locale.ROOT), period);
            });
    retentionByFinding = Map.copyOf(checked);
  }

  /** None: every case is kept for the reports' period. */
  public static FindingRetention none() {
    return new FindingRetention(Map.of());
  }
}
