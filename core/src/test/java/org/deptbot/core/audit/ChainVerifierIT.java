package org.deptbot.core.audit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.core.audit.AuditLogIT.approved;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Map;
import org.bson.Document;
import org.deptbot.core.audit.AuditVerification.Broken;
import org.deptbot.core.audit.AuditVerification.Intact;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Tampering done directly in MongoDB, as someone with database access could. */
class ChainVerifierIT {

  private MongoTemplate mongo;
  private AuditLog auditLog;
  private MongoCollection<Document> audit;

  /** Pages of two, so every case also crosses a page boundary. */
  private ChainVerifier verifier;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    auditLog = new AuditLog(mongo, Clock.systemUTC());
    audit = mongo.getCollection("audit");
    verifier = new ChainVerifier(mongo, 2);
  }

  @Test
  void anEmptyLogIsIntact() {
    assertThat(verifier.verify()).isEqualTo(new Intact(0, AuditEntry.GENESIS));
  }

  @Test
  void anUntouchedChainIsIntact() {
    appendFive();

    assertThat(verifier.verify())
        .isEqualTo(new Intact(5, auditLog.head().orElseThrow().hash()))
        .isEqualTo(new ChainVerifier(mongo).verify());
  }

  @Test
  void findsAnEntryEditedInPlace() {
    appendFive();

    audit.updateOne(eq("_id", 3L), Updates.set("details.version", "9"));

    assertThat(verifier.verify()).isEqualTo(new Broken(3, ChainProblem.EDITED));
  }

  @Test
  void findsAnEntryEditedSoItNoLongerReads() {
    appendFive();

    audit.updateOne(eq("_id", 2L), Updates.set("channel", "CARRIER_PIGEON"));

    assertThat(verifier.verify()).isEqualTo(new Broken(2, ChainProblem.EDITED));
  }

  @Test
  void findsADeletedEntry() {
    appendFive();

    audit.deleteOne(eq("_id", 3L));

    assertThat(verifier.verify()).isEqualTo(new Broken(3, ChainProblem.MISSING));
  }

  @Test
  void findsTheFirstEntryDeleted() {
    appendFive();

    audit.deleteOne(eq("_id", 1L));

    assertThat(verifier.verify()).isEqualTo(new Broken(1, ChainProblem.MISSING));
  }

  @Test
  void findsTwoEntriesSwappedAtTheFirstOfThem() {
    appendFive();

    // WHEN the contents of entries 2 and 3 change places (ids cannot be changed in MongoDB)
    Document second = audit.find(eq("_id", 2L)).first();
    Document third = audit.find(eq("_id", 3L)).first();
    audit.replaceOne(eq("_id", 2L), withId(third, 2L));
    audit.replaceOne(eq("_id", 3L), withId(second, 3L));

    assertThat(verifier.verify()).isEqualTo(new Broken(2, ChainProblem.REORDERED));
  }

  @Test
  void anEditWithItsHashRecomputedBreaksTheNextLink() {
    appendFive();

    // WHEN someone edits entry 3 and stores the hash that matches the edit
    AuditEntry third = auditLog.entries(3, 1).get(0);
    AuditEntry forged =
        new AuditEntry(
                third.seq(),
                third.at(),
                "s-999",
                third.channel(),
                third.action(),
                third.subject(),
                Map.of("version", "9"),
                third.previousHash(),
                null)
            .withHash();
    mongo.save(forged);

    // THEN entry 3 checks out by itself, but entry 4 no longer follows it
    assertThat(verifier.verify()).isEqualTo(new Broken(4, ChainProblem.LINK_BROKEN));
  }

  @Test
  void aForgedLastEntryGoesUnnoticedWithoutAnAnchor() {
    appendFive();
    String anchored = auditLog.head().orElseThrow().hash();

    AuditEntry last = auditLog.entries(5, 1).get(0);
    mongo.save(
        new AuditEntry(
                5,
                last.at(),
                "s-999",
                last.channel(),
                last.action(),
                last.subject(),
                last.details(),
                last.previousHash(),
                null)
            .withHash());

    // The chain still reads as intact; only the head hash differs from the anchor
    assertThat(verifier.verify()).isInstanceOf(Intact.class).isNotEqualTo(new Intact(5, anchored));
  }

  private void appendFive() {
    for (int i = 1; i <= 5; i++) {
      auditLog.append(approved("T-" + i).with("version", "1"));
    }
  }

  private static Document withId(Document contents, long id) {
    Document moved = new Document(contents);
    moved.put("_id", id);
    return moved;
  }
}
