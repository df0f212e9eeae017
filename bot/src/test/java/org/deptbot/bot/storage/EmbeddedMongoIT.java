package org.deptbot.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoIT {

  @TempDir Path dataDir;

  @Test
  void dataSurvivesAStopAndAStart() {
    // GIVEN a document written through the normal driver
    try (var mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      reports(client).insertOne(new Document("_id", "R-2026-000001").append("status", "NEW"));
    }

    // WHEN the database is started again on the same folder
    try (var mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      // THEN the document is there
      assertThat(reports(client).find(new Document("_id", "R-2026-000001")).first())
          .isNotNull()
          .containsEntry("status", "NEW");
    }
  }

  @Test
  void anAcknowledgedWriteIsOnDiskBeforeAnyCleanShutdown(@TempDir Path crashCopy)
      throws IOException {
    try (var mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      // GIVEN an acknowledged insert and update
      reports(client).insertOne(new Document("_id", "R-1").append("status", "NEW"));
      reports(client)
          .updateOne(
              new Document("_id", "R-1"),
              new Document("$set", new Document("status", "ACKNOWLEDGED")));

      // WHEN the process would die now: take the file exactly as it is on disk, still open
      Files.copy(
          dataDir.resolve(EmbeddedMongo.FILE_NAME), crashCopy.resolve(EmbeddedMongo.FILE_NAME));
    }

    // THEN a database opened from that copy has both writes
    try (var recovered = EmbeddedMongo.start(crashCopy, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(recovered.connectionString())) {
      assertThat(reports(client).find(new Document("_id", "R-1")).first())
          .containsEntry("status", "ACKNOWLEDGED");
    }
  }

  @Test
  void aTakenPortIsNamedWithTheSettingThatChangesIt() throws IOException {
    try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> EmbeddedMongo.start(dataDir, "127.0.0.1", port))
          .isInstanceOfSatisfying(
              EmbeddedMongoFailure.class,
              failure -> {
                assertThat(failure.getMessage()).contains("127.0.0.1:" + port, "already in use");
                assertThat(failure.action())
                    .contains("DEPTBOT_STORAGE_EMBEDDED_PORT", "MONGODB_URI");
              });
    }
    // AND the data file was released: the database starts on a free port right after
    EmbeddedMongo.start(dataDir, "127.0.0.1", 0).close();
  }

  @Test
  void aDataFolderThatCannotBeCreatedIsReportedAsSuch() throws IOException {
    Path aFile = Files.writeString(dataDir.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> EmbeddedMongo.start(aFile.resolve("data"), "127.0.0.1", 0))
        .isInstanceOfSatisfying(
            EmbeddedMongoFailure.class,
            failure -> {
              assertThat(failure.getMessage()).contains("cannot write to its data folder");
              assertThat(failure.action()).contains("DEPTBOT_STORAGE_DATA_DIR");
            });
  }

  @Test
  void aSecondBotOnTheSameDataFolderIsTurnedAway() {
    try (var first = EmbeddedMongo.start(dataDir, "127.0.0.1", 0)) {
      assertThatThrownBy(() -> EmbeddedMongo.start(dataDir, "127.0.0.1", 0))
          .isInstanceOfSatisfying(
              EmbeddedMongoFailure.class,
              failure -> assertThat(failure.getMessage()).contains("in use by another process"));
    }
  }

  private static MongoCollection<Document> reports(MongoClient client) {
    return client.getDatabase("deptbot").getCollection("reports");
  }
}
