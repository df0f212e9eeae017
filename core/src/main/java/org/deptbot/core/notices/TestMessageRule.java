package org.deptbot.core.notices;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a test message goes out, once a month at a local time in the department's zone. Two forms:
 *
 * <ul>
 *   <li>{@code monthly day 15 10:00}: on that day of the month (1 to 28, so every month has it);
 *   <li>{@code monthly first Wednesday 10:00}: on the first, second, third, fourth or last such
 *       weekday of the month.
 * </ul>
 *
 * Words are read in any case; the time is 24-hour {@code H:mm}. A local time the clocks skip (a
 * spring-forward gap) goes out at the first moment after it.
 *
 * @param dayOfMonth the day of the month, or 0 when the rule names a weekday
 * @param ordinal 1 to 4 for the first to fourth weekday, -1 for the last; 0 with a day of month
 * @param weekday the weekday, or null with a day of month
 * @param time the local time it goes out
 */
public record TestMessageRule(int dayOfMonth, int ordinal, DayOfWeek weekday, LocalTime time) {

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

  /** The rule {@code text} writes, or empty when it is not one of the two forms. */
  public static Optional<TestMessageRule> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length != 4 || !words[0].equals("monthly")) {
      return Optional.empty();
    }
    LocalTime time;
    try {
      time = LocalTime.parse(words[3].length() == 4 ? "0" + words[3] : words[3]);
    } catch (DateTimeParseException notATime) {
      return Optional.empty();
    }
    if (words[1].equals("day")) {
      try {
        int day = Integer.parseInt(words[2]);
        return day >= 1 && day <= 28
            ? Optional.of(new TestMessageRule(day, 0, null, time))
            : Optional.empty();
      } catch (NumberFormatException notADay) {
        return Optional.empty();
      }
    }
    int ordinal = words[1].equals("last") ? -1 : ORDINALS.indexOf(words[1]) + 1;
    if (ordinal == 0) {
      return Optional.empty();
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(words[2])) {
        return Optional.of(new TestMessageRule(0, ordinal, day, time));
      }
    }
    return Optional.empty();
  }

  /** The day it goes out in {@code month}. */
  public LocalDate dayIn(YearMonth month) {
    if (weekday == null) {
      return month.atDay(dayOfMonth);
    }
    LocalDate first = month.atDay(1);
    return ordinal < 0
        ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }

  /** The moment it goes out in {@code month}, in {@code zone}. */
  public ZonedDateTime at(YearMonth month, ZoneId zone) {
    return ZonedDateTime.of(dayIn(month), time, zone);
  }

  /** The latest occurrence at or before {@code now}. */
  public ZonedDateTime latest(ZonedDateTime now) {
    YearMonth month = YearMonth.from(now);
    ZonedDateTime candidate = at(month, now.getZone());
    return candidate.isAfter(now) ? at(month.minusMonths(1), now.getZone()) : candidate;
  }

  /** The first occurrence after {@code now}. */
  public ZonedDateTime next(ZonedDateTime now) {
    YearMonth month = YearMonth.from(now);
    ZonedDateTime candidate = at(month, now.getZone());
    return candidate.isAfter(now) ? candidate : at(month.plusMonths(1), now.getZone());
  }

  /** The rule as the seed file writes it: {@code monthly first Wednesday 10:00}. */
  public String text() {
    String when =
        weekday == null
            ? "day " + dayOfMonth
            : (ordinal < 0 ? "last" : ORDINALS.get(ordinal - 1))
                + " "
                + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return "monthly " + when + " " + time;
  }
}
