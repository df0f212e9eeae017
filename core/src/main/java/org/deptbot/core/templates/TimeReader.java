package org.deptbot.core.templates;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time as a dispatcher types it, in the department's zone: {@code 18:30}, {@code 6:30 pm},
 * {@code 1830}, {@code 18.30}, {@code noon}, {@code midnight}, {@code now}, {@code 30 min ago},
 * {@code in 2 hours}, or a full date before the time ({@code 2026-12-05 18:30}, or the department's
 * {@link DateOrder}, such as {@code 12/5/2026 6:30 pm}), or a day before it ({@code today 18:30},
 * {@code tomorrow 07:30}, {@code yesterday 22:00}, {@code Saturday 10:00}, {@code sat 10:00}). A
 * bare time, or a weekday, is its nearest occurrence in the blank's {@link TimeDirection}: looking
 * back, the latest one up to now; looking ahead, the next one from now. The one place times are
 * read, for the chat and the console alike.
 */
public final class TimeReader {

  private static final String UNIT = "(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)";
  private static final Pattern AGO = Pattern.compile("(\\d{1,4}) ?" + UNIT + " ago");
  private static final Pattern IN = Pattern.compile("in (\\d{1,4}) ?" + UNIT);
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[ t](.+)");
  private static final Pattern DATE =
      Pattern.compile("(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4}) (.+)");
  private static final Pattern TWELVE_HOUR =
      Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))? ?(am|pm)");
  private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final Pattern FOUR_DIGITS = Pattern.compile("(\\d{2})(\\d{2})");
  private static final Pattern DAY =
      Pattern.compile(
          "(today|tomorrow|yesterday|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs"
              + "|thursday|fri|friday|sat|saturday|sun|sunday),? (?:at )?(.+)");

  private final Clock clock;
  private final ZoneId zone;
  private final DateOrder order;

  public TimeReader(Clock clock, ZoneId zone, DateOrder order) {
    this.clock = clock;
    this.zone = zone;
    this.order = order;
  }

  /** The moment {@code typed} means, or empty when it is not read as a time at all. */
  public Optional<ZonedDateTime> read(String typed, TimeDirection when) {
    String text = normalised(typed);
    ZonedDateTime now = now();
    if (text.equals("now")) {
      return Optional.of(now);
    }
    Matcher m;
    if ((m = AGO.matcher(text)).matches()) {
      return Optional.of(now.minus(Long.parseLong(m.group(1)), unit(m.group(2))));
    }
    if ((m = IN.matcher(text)).matches()) {
      return Optional.of(now.plus(Long.parseLong(m.group(1)), unit(m.group(2))));
    }
    try {
      if ((m = ISO_DATE.matcher(text)).matches()) {
        return at(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)), m.group(4));
      }
      if ((m = DATE.matcher(text)).matches()) {
        String time = m.group(4);
        return date(m).flatMap(d -> at(d, time));
      }
    } catch (DateTimeException noSuchDay) {
      return Optional.empty();
    }
    if ((m = DAY.matcher(text)).matches()) {
      String day = m.group(1);
      return timeOfDay(m.group(2)).map(t -> onDay(day, t, when, now));
    }
    return timeOfDay(text).map(t -> nearest(t, when, now));
  }

  /**
   * {@code today}, {@code tomorrow} or {@code yesterday} at {@code time}; or a weekday's nearest
   * occurrence in {@code when}'s direction (today's, when its time is still to come looking ahead,
   * or has passed looking back).
   */
  private ZonedDateTime onDay(String day, LocalTime time, TimeDirection when, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    switch (day) {
      case "today":
        return ZonedDateTime.of(today, time, zone);
      case "tomorrow":
        return ZonedDateTime.of(today.plusDays(1), time, zone);
      case "yesterday":
        return ZonedDateTime.of(today.minusDays(1), time, zone);
      default:
        break;
    }
    DayOfWeek weekday =
        Arrays.stream(DayOfWeek.values())
            .filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(day))
            .findFirst()
            .orElseThrow();
    ZonedDateTime candidate =
        ZonedDateTime.of(today.with(TemporalAdjusters.nextOrSame(weekday)), time, zone);
    if (when == TimeDirection.PAST) {
      candidate =
          ZonedDateTime.of(today.with(TemporalAdjusters.previousOrSame(weekday)), time, zone);
      return candidate.isAfter(now) ? candidate.minusWeeks(1) : candidate;
    }
    return candidate.isBefore(now) ? candidate.plusWeeks(1) : candidate;
  }

  /** A full date and time as the department writes it, for answers to what was not read. */
  public String example() {
    LocalDate today = now().toLocalDate();
    int d = today.getDayOfMonth();
    int m = today.getMonthValue();
    int y = today.getYear();
    String date =
        switch (order) {
          case MDY -> m + "/" + d + "/" + y;
          case DMY -> d + "/" + m + "/" + y;
          case YMD -> y + "/" + m + "/" + d;
        };
    return date + " 18:30";
  }

  /**
   * A date and time still to come, as the department writes it, for answers to a time that has
   * passed: today at the next whole hour after the coming one, or tomorrow at 09:00 late at night.
   */
  public String laterExample() {
    ZonedDateTime now = now();
    ZonedDateTime later = now.truncatedTo(ChronoUnit.HOURS).plusHours(2);
    if (!later.toLocalDate().equals(now.toLocalDate())) {
      later = ZonedDateTime.of(now.toLocalDate().plusDays(1), LocalTime.of(9, 0), zone);
    }
    return written(later.toLocalDate()) + " " + later.toLocalTime();
  }

  private String written(LocalDate day) {
    int d = day.getDayOfMonth();
    int m = day.getMonthValue();
    int y = day.getYear();
    return switch (order) {
      case MDY -> m + "/" + d + "/" + y;
      case DMY -> d + "/" + m + "/" + y;
      case YMD -> y + "/" + m + "/" + d;
    };
  }

  /** This minute in the department's zone. */
  public ZonedDateTime now() {
    return clock.instant().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
  }

  private ZonedDateTime nearest(LocalTime time, TimeDirection when, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    ZonedDateTime candidate = ZonedDateTime.of(today, time, zone);
    if (when == TimeDirection.PAST && candidate.isAfter(now)) {
      return ZonedDateTime.of(today.minusDays(1), time, zone);
    }
    if (when == TimeDirection.FUTURE && candidate.isBefore(now)) {
      return ZonedDateTime.of(today.plusDays(1), time, zone);
    }
    return candidate;
  }

  private Optional<LocalDate> date(Matcher m) {
    String first = m.group(1);
    String last = m.group(3);
    boolean yearFirst = order == DateOrder.YMD;
    if (yearFirst ? first.length() != 4 || last.length() > 2 : last.length() != 4) {
      return Optional.empty();
    }
    int a = number(m, 1);
    int b = number(m, 2);
    int c = number(m, 3);
    return Optional.of(
        switch (order) {
          case MDY -> LocalDate.of(c, a, b);
          case DMY -> LocalDate.of(c, b, a);
          case YMD -> LocalDate.of(a, b, c);
        });
  }

  private Optional<ZonedDateTime> at(LocalDate date, String time) {
    return timeOfDay(time).map(t -> ZonedDateTime.of(date, t, zone));
  }

  private static Optional<LocalTime> timeOfDay(String text) {
    if (text.equals("noon")) {
      return Optional.of(LocalTime.NOON);
    }
    if (text.equals("midnight")) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    try {
      Matcher m;
      if ((m = TWELVE_HOUR.matcher(text)).matches()) {
        int hour = number(m, 1);
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        int minute = m.group(2) == null ? 0 : number(m, 2);
        return Optional.of(LocalTime.of(hour % 12 + (m.group(3).equals("pm") ? 12 : 0), minute));
      }
      if ((m = TWENTY_FOUR_HOUR.matcher(text)).matches()
          || (m = FOUR_DIGITS.matcher(text)).matches()) {
        return Optional.of(LocalTime.of(number(m, 1), number(m, 2)));
      }
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String normalised(String typed) {
    return (typed == null ? "" : typed)
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .replace("a.m.", "am")
        .replace("p.m.", "pm");
  }

  private static ChronoUnit unit(String word) {
    return word.startsWith("h") ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
