package org.deptbot.core.notices.cap;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes date-times the way CAP 1.2 §3.3.2 demands, e.g. {@code 2026-11-21T16:49:00-05:00}. The ISO
 * formatters in the JDK would print {@code Z} for UTC and drop zero seconds, and CAP forbids both,
 * so the pattern is spelled out here.
 */
final class CapTime {

  // "xxx" rather than "XXX": the lower-case form prints +00:00 where the upper-case one prints Z.
  private static final DateTimeFormatter CAP_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private CapTime() {}

  static String format(OffsetDateTime time) {
    // Truncating, not rounding: an Update quotes its predecessor's sent, and both must agree.
    OffsetDateTime value = time.truncatedTo(ChronoUnit.SECONDS);
    if (value.getOffset().getTotalSeconds() % 60 != 0) {
      // CAP offsets have no seconds field; printing such an offset would shift the instant.
      value = value.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return CAP_DATE_TIME.format(value);
  }
}
