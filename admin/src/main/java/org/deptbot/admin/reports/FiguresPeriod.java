package org.deptbot.admin.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.deptbot.admin.console.BadInput;

/**
 * The days a figures request covers, read in the department's time zone: from the first day's
 * midnight to the midnight after the last day. Either left blank: from the first of January of the
 * current year, to today.
 */
record FiguresPeriod(LocalDate first, LocalDate last, ZoneId zone) {

  /** The longest period asked for at once: ten years. */
  static final int MOST_DAYS = 3660;

  static FiguresPeriod parse(String from, String to, ZoneId zone, Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate first = date(from, today.withDayOfYear(1));
    LocalDate last = date(to, today);
    if (last.isBefore(first)) {
      throw new BadInput("figures.input.backwards");
    }
    if (first.plusDays(MOST_DAYS).isBefore(last)) {
      throw new BadInput("figures.input.too-long");
    }
    return new FiguresPeriod(first, last, zone);
  }

  private static LocalDate date(String typed, LocalDate blank) {
    if (typed == null || typed.isBlank()) {
      return blank;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new BadInput("figures.input.date-format");
    }
  }

  Instant start() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** The first moment after the period. */
  Instant end() {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
