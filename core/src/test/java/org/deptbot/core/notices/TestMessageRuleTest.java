package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The test message's rule: the two forms it reads, and the occurrences they make. */
class TestMessageRuleTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void readsANthWeekdayAndADayOfTheMonthAndWritesThemBackAsRead() {
    TestMessageRule weekday = TestMessageRule.parse("Monthly FIRST wednesday 10:00").orElseThrow();
    assertThat(weekday)
        .isEqualTo(new TestMessageRule(0, 1, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)));
    assertThat(weekday.text()).isEqualTo("monthly first Wednesday 10:00");
    TestMessageRule day = TestMessageRule.parse("monthly day 15 9:30").orElseThrow();
    assertThat(day.text()).isEqualTo("monthly day 15 09:30");
    assertThat(TestMessageRule.parse(day.text())).contains(day);
    assertThat(TestMessageRule.parse("monthly last Friday 18:00").orElseThrow().ordinal())
        .isEqualTo(-1);
  }

  @Test
  void refusesWhatItCannotReadRatherThanGuessing() {
    assertThat(TestMessageRule.parse("weekly first Wednesday 10:00")).isEmpty();
    assertThat(TestMessageRule.parse("monthly fifth Wednesday 10:00")).isEmpty();
    assertThat(TestMessageRule.parse("monthly day 31 10:00")).isEmpty(); // not every month has it
    assertThat(TestMessageRule.parse("monthly first Wed 10:00")).isEmpty();
    assertThat(TestMessageRule.parse("monthly first Wednesday 10am")).isEmpty();
    assertThat(TestMessageRule.parse("monthly first Wednesday")).isEmpty();
    assertThat(TestMessageRule.parse(null)).isEmpty();
  }

  @Test
  void theFirstWednesdayAndTheLastFridayFallOnTheRightDays() {
    TestMessageRule first = TestMessageRule.parse("monthly first Wednesday 10:00").orElseThrow();
    assertThat(first.dayIn(YearMonth.of(2026, 12))).hasDayOfMonth(2);
    assertThat(first.dayIn(YearMonth.of(2027, 1))).hasDayOfMonth(6);
    TestMessageRule last = TestMessageRule.parse("monthly last Friday 10:00").orElseThrow();
    assertThat(last.dayIn(YearMonth.of(2026, 12))).hasDayOfMonth(25);
  }

  @Test
  void theNextAndLatestOccurrenceAreInTheDepartmentsZone() {
    TestMessageRule rule = TestMessageRule.parse("monthly first Wednesday 10:00").orElseThrow();
    ZonedDateTime before = ZonedDateTime.of(2026, 12, 2, 9, 59, 0, 0, CHICAGO);
    assertThat(rule.next(before)).isEqualTo(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, CHICAGO));
    assertThat(rule.latest(before)).isEqualTo(ZonedDateTime.of(2026, 11, 4, 10, 0, 0, 0, CHICAGO));
    ZonedDateTime at = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, CHICAGO);
    assertThat(rule.latest(at)).isEqualTo(at);
    assertThat(rule.next(at)).isEqualTo(ZonedDateTime.of(2027, 1, 6, 10, 0, 0, 0, CHICAGO));
    // 10:00 in Chicago is 16:00 UTC in December
    assertThat(rule.next(before).toInstant()).hasToString("2026-12-02T16:00:00Z");
  }
}
