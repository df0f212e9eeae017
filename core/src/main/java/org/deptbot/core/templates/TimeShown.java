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
 * added when it is not this year). The wording is {@code notice.time.*} in notice-posts.properties;
 * {@link #inLanguage} words a time in a further language's bundle, with its day and month names.
 *
 * <p>Every other time a person reads (the UPDATED and CANCELLED lines of a post, receipts, the
 * console's notice pages) is worded here too, so each carries the zone abbreviation.
 */
public final class TimeShown {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter PRECISE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH);
  private final Clock clock;
  private final ZoneId zone;
  private final PostWording wording;
  private final DateTimeFormatter day;
  private final DateTimeFormatter dayAndYear;

  public TimeShown(Clock clock, ZoneId zone, PostWording wording) {
    this(clock, zone, wording, Locale.ENGLISH);
  }

  /**
   * Times worded with {@code wording}, the day and month names in {@code locale}'s language; the
   * time of day and the zone abbreviation read the same in every language ({@code 23:40 CST}).
   */
  public TimeShown(Clock clock, ZoneId zone, PostWording wording, Locale locale) {
    this.clock = clock;
    this.zone = zone;
    this.wording = wording;
    this.day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
    this.dayAndYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
  }

  /**
   * Reads the wording straight from notice-posts.properties, where no message source is at hand.
   */
  public static PostWording bundled() {
    return bundled(Locale.ROOT);
  }

  /**
   * The wording of notice-posts_{@code language}.properties (a key it lacks, or a language without
   * a bundle, from notice-posts.properties).
   */
  public static PostWording bundled(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "notice-posts",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return (key, arguments) ->
        new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
  }

  /**
   * The same clock and zone, worded in {@code language} (a code such as {@code es}): "hoy 02:30
   * CST", "mar 1 dic, 23:40 CST".
   */
  public TimeShown inLanguage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return new TimeShown(clock, zone, bundled(locale), locale);
  }

  /**
   * A moment that stays on screen (a post's UPDATED line, an expiry, a receipt): always with its
   * day, since "today" would be wrong by tomorrow ({@code Tue 1 Dec, 14:05 CST}).
   */
  public String stamp(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    var shownDay = local.getYear() == clock.instant().atZone(zone).getYear() ? day : dayAndYear;
    return wording.word("notice.time.day", shownDay.format(local), TIME.format(local));
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
    var shownDay = local.getYear() == today.getYear() ? day : dayAndYear;
    return wording.word("notice.time.day", shownDay.format(local), time);
  }
}
