package org.deptbot.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordScopeTest {

  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant APR = Instant.parse("2026-04-01T00:00:00Z");

  private static RecordFacts record(RecordType type, String id, Instant opened, Instant closed) {
    return new RecordFacts(type, id, opened, closed, Set.of("s-031"), Set.of());
  }

  @Test
  void aCaseScopeTakesTheReportOrTipWithThatNumberInAnyCase() {
    var scope = RecordScope.ofCase("r-2026-000001");

    assertThat(scope.covers(record(RecordType.REPORT, "R-2026-000001", JAN, null))).isTrue();
    assertThat(scope.covers(record(RecordType.REPORT, "R-2026-000002", JAN, null))).isFalse();
    assertThat(RecordScope.ofCase("T-1").covers(record(RecordType.TIP, "T-1", JAN, null))).isTrue();
    assertThat(RecordScope.ofCase("N-1").covers(record(RecordType.NOTICE, "N-1", JAN, null)))
        .isFalse();
  }

  @Test
  void aNoticeScopeTakesTheNoticeAndTheTipsAnsweringIt() {
    var scope = RecordScope.ofNotice("N-1");
    var answer = new RecordFacts(RecordType.TIP, "T-9", JAN, null, Set.of(), Set.of("N-1"));

    assertThat(scope.covers(record(RecordType.NOTICE, "N-1", JAN, null))).isTrue();
    assertThat(scope.covers(answer)).isTrue();
    assertThat(scope.covers(record(RecordType.TIP, "T-8", JAN, null))).isFalse();
  }

  @Test
  void aStaffScopeTakesEveryRecordNamingTheMember() {
    assertThat(RecordScope.ofStaff("s-031").covers(record(RecordType.TEMPLATE, "k:v1", JAN, null)))
        .isTrue();
    assertThat(RecordScope.ofStaff("s-032").covers(record(RecordType.TEMPLATE, "k:v1", JAN, null)))
        .isFalse();
  }

  @Test
  void aDateRangeTakesWhatWasOpenAtAnyMomentOfIt() {
    var february = RecordScope.between(FEB, MAR);

    assertThat(february.covers(record(RecordType.REPORT, "a", JAN, FEB))).isTrue();
    assertThat(february.covers(record(RecordType.REPORT, "b", JAN, null))).isTrue();
    assertThat(february.covers(record(RecordType.REPORT, "c", MAR, APR))).isTrue();
    assertThat(february.covers(record(RecordType.REPORT, "d", JAN, JAN.plusSeconds(60)))).isFalse();
    assertThat(february.covers(record(RecordType.REPORT, "e", APR, null))).isFalse();
  }

  @Test
  void refusesScopesThatNameNothing() {
    assertThatThrownBy(() -> RecordScope.ofCase(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordScope.between(MAR, FEB))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
