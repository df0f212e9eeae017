package org.deptbot.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditHashingTest {

  private static final Instant AT = Instant.parse("2026-11-21T22:09:00.123Z");

  @Test
  void serializesEveryFieldAsDocumentedWithDetailsInKeyOrder() {
    assertThat(AuditHashing.canonical(entry()))
        .isEqualTo(
            """
            deptbot-audit-v1
            seq=7
            at=1795298940123
            actor=5:s-001
            channel=7:CONSOLE
            action=17:template.approved
            subject=12:template:T-1
            details=2
            key=4:note
            value=5:café
            key=7:version
            value=1:3
            previousHash=64:%s
            """
                .formatted("a".repeat(64)));
  }

  @Test
  void hashesTheUtf8TextWithSha256InLowerCaseHex() {
    // Computed outside Java: printf '<the text above>' | sha256sum
    assertThat(AuditHashing.hash(entry()))
        .isEqualTo("529103b980379f388c7e29085c4501a63724e96d3e875dab11edf64b34f60f23");
  }

  @Test
  void everyFieldButTheHashItselfChangesTheHash() {
    String original = AuditHashing.hash(entry());
    Map<String, UnaryOperator<AuditEntry>> changes = new LinkedHashMap<>();
    changes.put("seq", e -> e.numbered(8));
    changes.put("at", e -> with(e, 1, AT.plusMillis(1)));
    changes.put("actor", e -> with(e, 2, "s-002"));
    changes.put("channel", e -> with(e, 3, AuditChannel.SYSTEM));
    changes.put("action", e -> with(e, 4, "template.retired"));
    changes.put("subject", e -> with(e, 5, "template:T-2"));
    changes.put("details", e -> with(e, 6, Map.of("version", "3", "note", "cafe")));
    changes.put("previousHash", e -> with(e, 7, "b".repeat(64)));

    changes.forEach(
        (field, change) ->
            assertThat(AuditHashing.hash(change.apply(entry()))).as(field).isNotEqualTo(original));
    assertThat(AuditHashing.hash(with(entry(), 8, "anything"))).isEqualTo(original);
  }

  @Test
  void aValueCannotPassForTheFieldsAfterIt() {
    // GIVEN one detail whose value spells out a second detail
    var smuggled = with(entry(), 6, Map.of("note", "x\nkey=7:version\nvalue=1:3"));
    var honest = with(entry(), 6, Map.of("note", "x", "version", "3"));

    // THEN the length prefixes keep them apart
    assertThat(AuditHashing.hash(smuggled)).isNotEqualTo(AuditHashing.hash(honest));
  }

  @Test
  void missingValuesAreWrittenAsADash() {
    var bare = new AuditEntry(1, null, null, null, null, null, null, null, null);

    assertThat(AuditHashing.canonical(bare))
        .contains("at=-\n", "actor=-\n", "channel=-\n", "details=0\n", "previousHash=-\n");
  }

  @Test
  void anEntryIsChainedToTheOneBeforeAndKeepsMilliseconds() {
    var record = AuditRecord.of("s-001", AuditChannel.CONSOLE, "template.approved", "template:T-1");
    var first = AuditEntry.after(null, record, Instant.parse("2026-11-21T22:09:00.123456789Z"));
    var second = AuditEntry.after(first, record, AT);

    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS).hasSize(64);
    assertThat(first.at()).isEqualTo(AT);
    assertThat(first.hashMatches()).isTrue();
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
  }

  private static AuditEntry entry() {
    return new AuditEntry(
        7,
        AT,
        "s-001",
        AuditChannel.CONSOLE,
        "template.approved",
        "template:T-1",
        Map.of("version", "3", "note", "café"),
        "a".repeat(64),
        null);
  }

  /** {@code entry} with the record component at {@code index} replaced. */
  private static AuditEntry with(AuditEntry e, int index, Object value) {
    Object[] c = {
      e.seq(),
      e.at(),
      e.actor(),
      e.channel(),
      e.action(),
      e.subject(),
      e.details(),
      e.previousHash(),
      e.hash()
    };
    c[index] = value;
    @SuppressWarnings("unchecked")
    var details = (Map<String, String>) c[6];
    return new AuditEntry(
        (long) c[0],
        (Instant) c[1],
        (String) c[2],
        (AuditChannel) c[3],
        (String) c[4],
        (String) c[5],
        details,
        (String) c[7],
        (String) c[8]);
  }
}
