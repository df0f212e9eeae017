package org.deptbot.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

  @Test
  void keepsCasesFiveYearsAndTheRestThreeByDefault() {
    var defaults = RetentionProperties.defaults();

    assertThat(defaults.of(RecordType.REPORT)).isEqualTo(Period.ofYears(5));
    assertThat(defaults.of(RecordType.NOTICE)).isEqualTo(Period.ofYears(3));
    assertThat(defaults.of(RecordType.TIP)).isEqualTo(Period.ofYears(3));
    assertThat(defaults.of(RecordType.TEMPLATE)).isEqualTo(Period.ofYears(3));
  }

  @Test
  void countsCalendarYearsFromTheClosingDay() {
    assertThat(
            RetentionProperties.defaults()
                .keptUntil(RecordType.NOTICE, Instant.parse("2024-02-29T12:00:00Z")))
        .isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
  }

  @Test
  void refusesANegativePeriod() {
    assertThatThrownBy(
            () ->
                new RetentionProperties(
                    Period.ofYears(-1), Period.ofYears(5), Period.ofYears(3), Period.ofYears(3)))
        .hasMessageContaining("deptbot.retention.notices");
  }
}
