package org.deptbot.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

@ExtendWith(OutputCaptureExtension.class)
class AuditLogIT {

  private MongoTemplate mongo;
  private AuditLog auditLog;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    auditLog = new AuditLog(mongo, Clock.systemUTC());
  }

  @Test
  void chainsEachEntryToTheOneBefore() {
    AuditEntry first = auditLog.append(approved("T-1"));
    AuditEntry second = auditLog.append(approved("T-2").with("version", "2"));

    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(auditLog.head()).contains(second);
    assertThat(auditLog.entries(1, 10)).containsExactly(first, second);
    assertThat(auditLog.entries(2, 10)).containsExactly(second);
    assertThat(auditLog.entries(1, 1)).containsExactly(first);
  }

  @Test
  void followsWhatAnotherWriterAppendedSinceItsOwnLastEntry() {
    var console = new AuditLog(mongo, Clock.systemUTC());
    auditLog.append(approved("T-1"));
    AuditEntry theirs = console.append(approved("T-2"));

    AuditEntry ours = auditLog.append(approved("T-3"));

    assertThat(ours.seq()).isEqualTo(3);
    assertThat(ours.previousHash()).isEqualTo(theirs.hash());
  }

  @Test
  void readsBackWhatItStoredSoTheHashStillMatches() {
    auditLog.append(approved("T-1").with("note", "café\nsecond line"));

    assertThat(auditLog.head()).hasValueSatisfying(e -> assertThat(e.hashMatches()).isTrue());
  }

  @Test
  void findsTheEntriesAboutOneRecord() {
    auditLog.append(approved("T-1"));
    auditLog.append(approved("T-2"));
    auditLog.append(
        AuditRecord.of("s-002", AuditChannel.TELEGRAM, "template.retired", "template:T-1"));

    assertThat(auditLog.about("template:T-1"))
        .extracting(AuditEntry::seq, AuditEntry::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "template.approved"),
            org.assertj.core.groups.Tuple.tuple(3L, "template.retired"));
    assertThat(auditLog.head()).isPresent();
    assertThat(new AuditLog(TestMongo.newDatabase(), Clock.systemUTC()).head()).isEmpty();
  }

  @Test
  void concurrentWritersLineUpInOneChain() throws Exception {
    // GIVEN 8 writers appending 25 entries each at the same time: half share one log, as
    // request threads share the bean; half have their own, as the bot and the console do
    var pool = Executors.newFixedThreadPool(8);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int writer = w;
      AuditLog log = w % 2 == 0 ? auditLog : new AuditLog(mongo, Clock.systemUTC());
      writers.add(
          pool.submit(
              (Callable<Void>)
                  () -> {
                    for (int i = 0; i < 25; i++) {
                      log.append(approved("T-" + writer + "-" + i));
                    }
                    return null;
                  }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();

    // THEN there are 200 entries numbered 1 to 200, and the chain is intact
    assertThat(auditLog.entries(1, 1000))
        .extracting(AuditEntry::seq)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    assertThat(new ChainVerifier(mongo).verify())
        .isEqualTo(new AuditVerification.Intact(200, auditLog.head().orElseThrow().hash()));
  }

  @Test
  void anchorWritesTheHeadToTheLogOutput(CapturedOutput output) {
    var anchor = new AuditAnchor(auditLog);
    assertThat(anchor.anchor()).isEqualTo("AUDIT ANCHOR seq=0 sha256=" + "0".repeat(64));

    auditLog.append(approved("T-1"));
    AuditEntry head = auditLog.append(approved("T-2"));
    String line = anchor.anchor();

    assertThat(line).isEqualTo("AUDIT ANCHOR seq=2 sha256=" + head.hash() + " at=" + head.at());
    assertThat(output).contains(line);
  }

  static AuditRecord approved(String templateId) {
    return AuditRecord.of(
        "s-001", AuditChannel.CONSOLE, "template.approved", "template:" + templateId);
  }
}
