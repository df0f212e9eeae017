package org.deptbot.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.bson.BsonBinary;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditVerification;
import org.deptbot.core.audit.ChainVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code --copy-database-to}: the embedded database copied over the wire to a second embedded
 * server, standing in for a real MongoDB (there is none on the build machine).
 */
class CopyDatabaseIT {

  private static final String DB = "deptbot";

  @TempDir Path sourceDir;
  @TempDir Path targetDir;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void copiesDocumentsFilesIndexesAndTheAuditChainThenSaysItMatches() {
    // GIVEN an embedded database with documents of many types, a GridFS file and an audit chain
    byte[] evidence = fill();
    try (var source = EmbeddedMongo.start(sourceDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(source.connectionString())) {
      fill(client, evidence);
    }

    // WHEN it is copied to an empty MongoDB
    try (var target = EmbeddedMongo.start(targetDir, "127.0.0.1", 0)) {
      int status = copyTo(target.connectionString() + "/" + DB);

      // THEN the command says it matches and exits 0
      assertThat(status).as(output()).isZero();
      assertThat(output())
          .contains(
              "GridFS files read back and hashed: 1",
              "audit chain intact: 3 entries",
              "The copy matches");

      try (MongoClient to = MongoClients.create(target.connectionString());
          var source = EmbeddedMongo.start(sourceDir, "127.0.0.1", 0);
          MongoClient from = MongoClients.create(source.connectionString())) {
        // AND every collection holds the same documents, _id and types kept
        assertThat(contents(to.getDatabase(DB))).isEqualTo(contents(from.getDatabase(DB)));
        Document staff = to.getDatabase(DB).getCollection("staff").find().first();
        assertThat(staff.get("_id")).isInstanceOf(ObjectId.class);
        assertThat(staff.get("since")).isInstanceOf(Date.class);
        assertThat(staff.get("seq")).isInstanceOf(Long.class);
        assertThat(staff.get("photo")).isInstanceOf(Binary.class);

        // AND the GridFS file reads back byte for byte
        var copied = new ByteArrayOutputStream();
        GridFSBuckets.create(to.getDatabase(DB), "evidence")
            .downloadToStream(new org.bson.BsonString("shot-1"), copied);
        assertThat(copied.toByteArray()).isEqualTo(evidence);

        // AND the indexes exist, the unique one unique and the TTL one with its expiry
        assertThat(index(to, "reports", "intakeKey_1")).containsEntry("unique", true);
        assertThat(
                ((Number) index(to, "chat_buttons", "expires").get("expireAfterSeconds"))
                    .longValue())
            .isZero();

        // AND the audit chain verifies on the copy
        AuditVerification chain = new ChainVerifier(new MongoTemplate(to, DB)).verify();
        assertThat(chain).isInstanceOf(AuditVerification.Intact.class);
        assertThat(((AuditVerification.Intact) chain).count()).isEqualTo(3);
      }
    }
  }

  @Test
  void refusesATargetThatHoldsDataAndLeavesItAsItWas() {
    try (var source = EmbeddedMongo.start(sourceDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(source.connectionString())) {
      fill(client, fill());
    }
    try (var target = EmbeddedMongo.start(targetDir, "127.0.0.1", 0);
        MongoClient to = MongoClients.create(target.connectionString())) {
      // GIVEN a target with one document in it
      to.getDatabase(DB).getCollection("staff").insertOne(new Document("_id", "s-900"));
      var before = contents(to.getDatabase(DB));

      // WHEN the copy is asked for
      int status = copyTo(target.connectionString() + "/" + DB);

      // THEN it refuses, says why, and the target is unchanged
      assertThat(status).isEqualTo(CopyDatabaseCommand.NOTHING_COPIED);
      assertThat(output()).contains("Refused", "staff: 1", "Nothing was copied");
      assertThat(contents(to.getDatabase(DB))).isEqualTo(before);
    }
  }

  @Test
  void refusesWhileTheBotHoldsItsDatabase() {
    try (var running = EmbeddedMongo.start(sourceDir, "127.0.0.1", 0);
        var target = EmbeddedMongo.start(targetDir, "127.0.0.1", 0)) {
      int status = copyTo(target.connectionString() + "/" + DB);

      assertThat(status).isEqualTo(CopyDatabaseCommand.NOTHING_COPIED);
      assertThat(output()).contains("in use", "must be stopped");
    }
  }

  @Test
  void refusesWhenThereIsNoEmbeddedDatabase() {
    int status = copyTo("mongodb://127.0.0.1:1/" + DB);

    assertThat(status).isEqualTo(CopyDatabaseCommand.NOTHING_COPIED);
    assertThat(output()).contains("no embedded database", "DEPTBOT_STORAGE_DATA_DIR");
  }

  @Test
  void theVerifierFindsAChangedFileAnEditedAuditEntryAndAMissingDocument() {
    try (var source = EmbeddedMongo.start(sourceDir, "127.0.0.1", 0);
        var target = EmbeddedMongo.start(targetDir, "127.0.0.1", 0);
        MongoClient from = MongoClients.create(source.connectionString());
        MongoClient to = MongoClients.create(target.connectionString())) {
      // GIVEN a whole copy, which the verifier passes
      fill(from, fill());
      var copy = new DatabaseCopy(from.getDatabase(DB), to.getDatabase(DB));
      copy.copyDocuments();
      var verifier = new CopyVerifier(from, DB, to, DB);
      assertThat(verifier.verify().problems()).isEmpty();

      // WHEN the copy is tampered with: a chunk's bytes, an audit entry's actor, a document gone
      MongoDatabase copied = to.getDatabase(DB);
      Document chunk = copied.getCollection("evidence.chunks").find().first();
      byte[] data = chunk.get("data", Binary.class).getData().clone();
      data[0] ^= 1;
      copied
          .getCollection("evidence.chunks")
          .updateOne(
              new Document("_id", chunk.get("_id")),
              new Document("$set", new Document("data", new BsonBinary(data))));
      copied
          .getCollection("audit")
          .updateOne(new Document("_id", 2L), new Document("$set", new Document("actor", "s-999")));
      copied.getCollection("notices").deleteOne(new Document());

      // THEN each is reported
      var result = verifier.verify();
      assertThat(result.matches()).isFalse();
      assertThat(String.join("\n", result.problems()))
          .contains("evidence file shot-1", "audit chain of the copy: broken at entry 2")
          .contains("notices: 1 documents here, 0 in the copy");
    }
  }

  private int copyTo(String uri) {
    return CopyDatabaseCommand.run(
        new String[] {CopyDatabaseCommand.OPTION, uri, "--deptbot.storage.data-dir=" + sourceDir},
        out);
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private static byte[] fill() {
    byte[] bytes = new byte[600_000]; // three GridFS chunks
    new Random(20).nextBytes(bytes);
    return bytes;
  }

  private static void fill(MongoClient client, byte[] evidence) {
    MongoDatabase db = client.getDatabase(DB);
    db.getCollection("staff")
        .insertOne(
            new Document("_id", new ObjectId())
                .append("name", "Dana Ruiz")
                .append("since", Date.from(Instant.parse("2026-01-02T03:04:05Z")))
                .append("seq", 42L)
                .append("roles", List.of("DISPATCHER", "SUPERVISOR"))
                .append("photo", new Binary(new byte[] {1, 2, 3})));
    db.getCollection("notices").insertOne(new Document("_id", "N-2026-000001"));
    var reports = db.getCollection("reports");
    reports.createIndex(
        new Document("intakeKey", 1), new com.mongodb.client.model.IndexOptions().unique(true));
    reports.insertOne(new Document("_id", "R-2026-000001").append("intakeKey", "k1"));
    var buttons = db.getCollection("chat_buttons");
    buttons.createIndex(
        new Document("expiresAt", 1),
        new com.mongodb.client.model.IndexOptions()
            .name("expires")
            .expireAfter(0L, java.util.concurrent.TimeUnit.SECONDS));
    buttons.insertOne(
        new Document("_id", "b1").append("expiresAt", Date.from(Instant.now().plusSeconds(3600))));
    db.createCollection("legal_holds"); // empty, still copied
    GridFSBuckets.create(db, "evidence")
        .uploadFromStream(
            new org.bson.BsonString("shot-1"), "shot-1.png", new ByteArrayInputStream(evidence));
    var audit = new AuditLog(new MongoTemplate(client, DB), Clock.systemUTC());
    audit.createIndexes();
    for (String action : List.of("report.submitted", "case.escalated", "case.resolved")) {
      audit.append(
          AuditRecord.of("s-001", AuditChannel.SYSTEM, action, "case:R-2026-000001")
              .with("reason", "a test"));
    }
  }

  private static Map<String, List<Document>> contents(MongoDatabase db) {
    Map<String, List<Document>> all = new TreeMap<>();
    for (String name : DatabaseCopy.collections(db)) {
      all.put(name, db.getCollection(name).find().into(new ArrayList<>()));
    }
    return all;
  }

  private static Document index(MongoClient client, String collection, String name) {
    for (Document index : client.getDatabase(DB).getCollection(collection).listIndexes()) {
      if (name.equals(index.getString("name"))) {
        return index;
      }
    }
    throw new AssertionError("no index " + name + " on " + collection);
  }
}
