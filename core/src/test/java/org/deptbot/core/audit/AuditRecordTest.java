package org.deptbot.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

  @Test
  void collectsDetailsOneByOne() {
    var record =
        AuditRecord.of(AuditRecord.SYSTEM, AuditChannel.SYSTEM, "notice.expired", "notice:N-1")
            .with("revision", "2")
            .with("status", "EXPIRED");

    assertThat(record.details())
        .containsExactlyInAnyOrderEntriesOf(Map.of("revision", "2", "status", "EXPIRED"));
  }

  @Test
  void refusesWhatWouldNotReadAsAnAuditEntry() {
    assertThatThrownBy(() -> record("", "case.viewed", "case:R-1")).hasMessageContaining("actor");
    assertThatThrownBy(() -> record("s-1", "viewed", "case:R-1")).hasMessageContaining("action");
    assertThatThrownBy(() -> record("s-1", "Case.Viewed", "case:R-1"))
        .hasMessageContaining("action");
    assertThatThrownBy(() -> record("s-1", "case.viewed", "R-1")).hasMessageContaining("subject");
    assertThatThrownBy(() -> record("s-1", "case.viewed", "case: "))
        .hasMessageContaining("subject");
  }

  @Test
  void keepsDetailsFewShortAndStorable() {
    var base = AuditRecord.of("s-1", AuditChannel.CONSOLE, "case.viewed", "case:R-1");

    assertThatThrownBy(() -> base.with("page.number", "1")).hasMessageContaining("plain words");
    assertThatThrownBy(() -> base.with("$where", "1")).hasMessageContaining("plain words");
    assertThatThrownBy(() -> base.with("note", "x".repeat(501))).hasMessageContaining("500");
    var many = new HashMap<String, String>();
    for (int i = 0; i <= AuditRecord.MAX_DETAILS; i++) {
      many.put("k" + i, "v");
    }
    assertThatThrownBy(
            () -> AuditRecord.of("s-1", AuditChannel.CONSOLE, "case.viewed", "case:R-1", many))
        .hasMessageContaining("at most");
  }

  private static AuditRecord record(String actor, String action, String subject) {
    return AuditRecord.of(actor, AuditChannel.TELEGRAM, action, subject);
  }
}
