package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.deptbot.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeReaderTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  // Wed 2 Dec 2026, 03:51 in Chicago (CST, UTC-6)
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:51:00Z"));
  private final TimeReader reader = new TimeReader(clock, CHICAGO, DateOrder.MDY);

  @Test
  void aBareTimeOnALookBackBlankIsTheLastTimeTheClockShowedIt() {
    assertThat(reader.read("02:30", TimeDirection.PAST))
        .hasValue(LocalDateTime.parse("2026-12-02T02:30").atZone(CHICAGO));
  }

  @ParameterizedTest(name = "{1} ''{0}'' is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "02:30              | PAST   | 2026-12-02T02:30",
        "02:30              | FUTURE | 2026-12-03T02:30",
        "23:40              | PAST   | 2026-12-01T23:40",
        "23:40              | FUTURE | 2026-12-02T23:40",
        "03:51              | PAST   | 2026-12-02T03:51",
        "03:51              | FUTURE | 2026-12-02T03:51",
        "18:30              | FUTURE | 2026-12-02T18:30",
        "18:30              | PAST   | 2026-12-01T18:30",
        "6:30 pm            | FUTURE | 2026-12-02T18:30",
        "6:30pm             | PAST   | 2026-12-01T18:30",
        "6:30 PM            | FUTURE | 2026-12-02T18:30",
        "6 pm               | FUTURE | 2026-12-02T18:00",
        "6:30 p.m.          | FUTURE | 2026-12-02T18:30",
        "12:15 am           | PAST   | 2026-12-02T00:15",
        "12 pm              | FUTURE | 2026-12-02T12:00",
        "1830               | FUTURE | 2026-12-02T18:30",
        "0230               | PAST   | 2026-12-02T02:30",
        "18.30              | FUTURE | 2026-12-02T18:30",
        "now                | PAST   | 2026-12-02T03:51",
        "Now                | FUTURE | 2026-12-02T03:51",
        "30 min ago         | PAST   | 2026-12-02T03:21",
        "30 minutes ago     | PAST   | 2026-12-02T03:21",
        "2 hours ago        | PAST   | 2026-12-02T01:51",
        "1 hr ago           | PAST   | 2026-12-02T02:51",
        "in 45 min          | FUTURE | 2026-12-02T04:36",
        "noon               | FUTURE | 2026-12-02T12:00",
        "noon               | PAST   | 2026-12-01T12:00",
        "midnight           | FUTURE | 2026-12-03T00:00",
        "midnight           | PAST   | 2026-12-02T00:00",
        "tomorrow 07:30     | FUTURE | 2026-12-03T07:30",
        "Tomorrow at 7:30 am | FUTURE | 2026-12-03T07:30",
        "today 18:30        | FUTURE | 2026-12-02T18:30",
        "yesterday 22:00    | PAST   | 2026-12-01T22:00",
        "Saturday 10:00     | FUTURE | 2026-12-05T10:00",
        "sat 10:00          | FUTURE | 2026-12-05T10:00",
        "wed 10:00          | FUTURE | 2026-12-02T10:00",
        "wed 03:00          | FUTURE | 2026-12-09T03:00",
        "wed 03:00          | PAST   | 2026-12-02T03:00",
        "wed 10:00          | PAST   | 2026-11-25T10:00",
        "Sat, 6 pm          | PAST   | 2026-11-28T18:00",
        "2026-12-05 10:00   | FUTURE | 2026-12-05T10:00",
        "2026-12-05T10:00   | FUTURE | 2026-12-05T10:00",
        "12/5/2026 10:00    | FUTURE | 2026-12-05T10:00",
        "12/5/2026 6:30 pm  | FUTURE | 2026-12-05T18:30",
        "11/30/2026 noon    | PAST   | 2026-11-30T12:00",
        "12-5-2026 1830     | FUTURE | 2026-12-05T18:30",
      })
  void readsTimesAsPeopleTypeThem(String typed, TimeDirection when, LocalDateTime expected) {
    assertThat(reader.read(typed, when)).hasValue(expected.atZone(CHICAGO));
  }

  @Test
  void fullDatesFollowTheDepartmentsDateOrder() {
    var dayFirst = new TimeReader(clock, CHICAGO, DateOrder.DMY);

    assertThat(dayFirst.read("5/12/2026 10:00", TimeDirection.FUTURE))
        .hasValue(LocalDateTime.parse("2026-12-05T10:00").atZone(CHICAGO));
    assertThat(dayFirst.read("25.12.2026 18.30", TimeDirection.FUTURE))
        .hasValue(LocalDateTime.parse("2026-12-25T18:30").atZone(CHICAGO));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tomorrow-ish",
        "25:00",
        "18:75",
        "13:30 pm",
        "0 pm",
        "2026-02-30 10:00",
        "13/5/2026 10:00",
        "12/5/2026",
        "30 min",
        "ago",
        "1860",
        "99999 hours ago",
      })
  void whatItCannotReadItDoesNotGuess(String typed) {
    assertThat(reader.read(typed, TimeDirection.FUTURE)).isEmpty();
  }

  @Test
  void theExampleOfATimeStillToComeIsLaterTodayOrTomorrowMorningLateAtNight() {
    assertThat(reader.laterExample()).isEqualTo("12/2/2026 05:00");
    clock.advance(java.time.Duration.ofMinutes(18 * 60 + 39)); // 22:30 in Chicago
    assertThat(reader.laterExample()).isEqualTo("12/3/2026 09:00");
  }
}
