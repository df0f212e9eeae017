package org.deptbot.core.seed;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of time as the seed file writes it: a whole number of minutes, hours or days. */
final class SeedDuration {

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,4})([mhd])");

  private SeedDuration() {}

  /** {@code 30m}, {@code 2h}, {@code 1d}; null when {@code text} is not such a span or is zero. */
  static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** The span as the file would write it, in its largest whole unit. */
  static String format(Duration d) {
    long minutes = d.toMinutes();
    if (minutes % (24 * 60) == 0) {
      return minutes / (24 * 60) + "d";
    }
    return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
  }
}
