package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.deptbot.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date-time blank as the chat and the console check it, and as the post shows it. */
class DateTimeBlankTest {

  // Wed 2 Dec 2026, 03:51 in Chicago (CST)
  private final VariableRules rules =
      new VariableRules(
          new MutableClock(Instant.parse("2026-12-02T09:51:00Z")), ZoneId.of("America/Chicago"));

  private final TemplateVariable lastSeen =
      TemplateVariable.required("last_seen", "Last seen when?", VariableType.DATETIME)
          .withWhen(TimeDirection.PAST);
  private final TemplateVariable reopens =
      TemplateVariable.required("until", "Reopens when?", VariableType.DATETIME);

  @Test
  void lastSeenAtHalfPastTwoEnteredAtTenToFourIsTodayNotTomorrow() {
    assertThat(lastSeen.check("02:30", rules))
        .isInstanceOfSatisfying(
            VariableCheck.Valid.class, v -> assertThat(v.value()).isEqualTo("today 02:30 CST"));
  }

  @ParameterizedTest(name = "{0} ''{1}'' is posted as ''{2}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "PAST   | 23:40            | Tue 1 Dec, 23:40 CST",
        "PAST   | 30 min ago       | today 03:21 CST",
        "PAST   | noon             | Tue 1 Dec, 12:00 CST",
        "FUTURE | 02:30            | Thu 3 Dec, 02:30 CST",
        "FUTURE | 6:30 pm          | today 18:30 CST",
        "FUTURE | 2027-01-04 07:00 | Mon 4 Jan 2027, 07:00 CST",
      })
  void showsTheZoneAlwaysAndTheDateWhenNotToday(TimeDirection when, String typed, String shown) {
    var blank = reopens.withWhen(when);

    assertThat(blank.check(typed, rules))
        .isInstanceOfSatisfying(
            VariableCheck.Valid.class, v -> assertThat(v.value()).isEqualTo(shown));
  }

  @Test
  void aTimeStillToComeKeepsTheMomentItWasReadAs() {
    var checked = (VariableCheck.Valid) reopens.check("6:30 pm", rules);

    assertThat(checked.at()).isEqualTo(Instant.parse("2026-12-03T00:30:00Z"));
    assertThat(
            ((VariableCheck.Valid)
                    TemplateVariable.required("s", "S", VariableType.TEXT).check("Main St", rules))
                .at())
        .isNull();
  }

  @Test
  void aMomentOnScreenAlwaysCarriesItsDayAndTheZoneAbbreviation() {
    var shown =
        new TimeShown(
            new MutableClock(Instant.parse("2026-12-02T09:51:00Z")),
            ZoneId.of("America/Chicago"),
            TimeShown.bundled());

    assertThat(shown.stamp(Instant.parse("2026-12-02T20:05:00Z")))
        .isEqualTo("Wed 2 Dec, 14:05 CST");
    assertThat(shown.stamp(Instant.parse("2027-07-04T15:00:00Z")))
        .isEqualTo("Sun 4 Jul 2027, 10:00 CDT");
    assertThat(shown.clockTime(Instant.parse("2026-12-02T20:05:00Z"))).isEqualTo("14:05 CST");
    // a record's moment (the audit log): to the second, in the department's zone
    assertThat(shown.precise(Instant.parse("2026-12-02T20:05:07Z")))
        .isEqualTo("2026-12-02 14:05:07 CST");
  }

  @Test
  void thePostCarriesTheDateAndTheZone() {
    var checked = (VariableCheck.Valid) lastSeen.check("23:40", rules);

    String body =
        TemplateText.render("Last seen: {{last_seen}}.", Map.of("last_seen", checked.value()));

    assertThat(body).isEqualTo("Last seen: Tue 1 Dec, 23:40 CST.");
  }

  @Test
  void unreadableTimesSayWhatWasNotUnderstoodAndGiveAnExample() {
    assertThat(reopens.check("tomorrow-ish", rules))
        .isEqualTo(
            new VariableCheck.Invalid(
                VariableCheck.Problem.NOT_A_TIME, List.of("tomorrow-ish", "12/2/2026 18:30")));
  }

  @Test
  void aLookBackBlankRefusesAFullDateStillToCome() {
    assertThat(lastSeen.check("2026-12-05 10:00", rules))
        .isEqualTo(
            new VariableCheck.Invalid(
                VariableCheck.Problem.NOT_YET, List.of("Last seen when?", "Sat 5 Dec, 10:00 CST")));
  }

  @Test
  void aLookAheadBlankRefusesATimeAlreadyGone() {
    assertThat(reopens.check("30 min ago", rules))
        .isEqualTo(
            new VariableCheck.Invalid(
                VariableCheck.Problem.ALREADY_PASSED, List.of("Reopens when?", "today 03:21 CST")));
  }

  @Test
  void existingBlanksLookAhead() {
    assertThat(reopens.when()).isEqualTo(TimeDirection.FUTURE);
    assertThat(
            new TemplateVariable("v", "V", VariableType.DATETIME, true, 0, List.of(), null).when())
        .isEqualTo(TimeDirection.FUTURE);
  }
}
