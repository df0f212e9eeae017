package org.deptbot.core.templates;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How a date-time blank reads in a post: always with the department's zone abbreviation, and with
 * the date when it is not today ({@code today 02:30 CST}, {@code Tue 1 Dec, 23:40 CST}, the year
 * added when it is not this year). The wording is {@code notice.time.*} in notice-posts.properties.
 *
 * <p>Every other time a person reads (the UPDATED and CANCELLED lines of a post, receipts, the
 * console's notice pages) is worded here too, so each carries the zone abbreviation.
 */
public final class TimeShown {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter PRECISE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_AND_YEAR =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final Clock clock;
  private final ZoneId zone;
  private final PostWording wording;

  public TimeShown(Clock clock, ZoneId zone, PostWording wording) {
    this.clock = clock;
    this.zone = zone;
    this.wording = wording;
  }

  /**
   * Reads the wording straight from notice-posts.properties, where no message source is at hand.
   */
  public static PostWording bundled() {
    ResourceBundle bundle = ResourceBundle.getBundle("notice-posts", Locale.ROOT);
    return (key, arguments) ->
        new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
  }

  /**
   * A moment that stays on screen (a post's UPDATED line, an expiry, a receipt): always with its
   * day, since "today" would be wrong by tomorrow ({@code Tue 1 Dec, 14:05 CST}).
   */
  public String stamp(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    var day = local.getYear() == clock.instant().atZone(zone).getYear() ? DAY : DAY_AND_YEAR;
    return wording.word("notice.time.day", day.format(local), TIME.format(local));
  }

  /**
   * A record's moment, to the second and sortable, in the department's zone ({@code 2026-12-02
   * 14:05:07 CST}): the audit log's, where the order of entries matters.
   */
  public String precise(Instant at) {
    return PRECISE.format(at.atZone(zone));
  }

  /** Only the time of day with the zone ({@code 14:05 CST}), for a moment later today. */
  public String clockTime(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  /**
   * A deadline a person acts by: only the time with the zone when it falls today ({@code 14:05
   * CST}), with the day otherwise ({@code Wed 2 Dec, 01:30 CST}).
   */
  public String deadline(Instant at) {
    boolean today =
        at.atZone(zone).toLocalDate().equals(clock.instant().atZone(zone).toLocalDate());
    return today ? clockTime(at) : stamp(at);
  }

  /** The department's zone. */
  public ZoneId zone() {
    return zone;
  }

  public String show(ZonedDateTime at) {
    ZonedDateTime local = at.withZoneSameInstant(zone);
    ZonedDateTime today = clock.instant().atZone(zone);
    String time = TIME.format(local);
    if (local.toLocalDate().equals(today.toLocalDate())) {
      return wording.word("notice.time.today", time);
    }
    var day = local.getYear() == today.getYear() ? DAY : DAY_AND_YEAR;
    return wording.word("notice.time.day", day.format(local), time);
  }
}
