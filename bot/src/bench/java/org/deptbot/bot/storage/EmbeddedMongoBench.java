package org.deptbot.bot.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * A benchmark, not a test: it prints figures and asserts nothing about time. It measures what
 * committing every write to disk costs, against the H2 backend's default of committing about once a
 * second (which can lose the last second of acknowledged writes in a crash).
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am -Pbench process-test-classes
 * -Dbench.main=org.deptbot.bot.storage.EmbeddedMongoBench}
 */
final class EmbeddedMongoBench {

  private static final int WRITES = 2000;

  private EmbeddedMongoBench() {}

  /** Prints write throughput and latency with and without a commit per write. */
  public static void main(String[] args) throws Exception {
    Path committing = Files.createTempDirectory("bench-commit");
    Path lazy = Files.createTempDirectory("bench-lazy");

    try (var mongo = EmbeddedMongo.start(committing, "127.0.0.1", 0)) {
      report("commit per write (the bot)", mongo.connectionString());
    }
    MVStore store = new MVStore.Builder().fileName(lazy.resolve("lazy.mv.db").toString()).open();
    var server = new MongoServer(new H2Backend(store));
    server.bind("127.0.0.1", 0);
    try {
      report("background commit (default)", server.getConnectionString());
    } finally {
      server.shutdownNow();
      store.close();
    }
  }

  private static void report(String label, String uri) {
    try (MongoClient client = MongoClients.create(uri)) {
      MongoCollection<Document> reports = client.getDatabase("bench").getCollection("reports");
      warmUp(reports);
      long[] inserts = new long[WRITES];
      long[] updates = new long[WRITES];
      long start = System.nanoTime();
      for (int i = 0; i < WRITES; i++) {
        long t = System.nanoTime();
        reports.insertOne(
            new Document("_id", "R-" + i).append("status", "NEW").append("text", "x".repeat(500)));
        inserts[i] = System.nanoTime() - t;
      }
      for (int i = 0; i < WRITES; i++) {
        long t = System.nanoTime();
        reports.findOneAndUpdate(
            Filters.and(Filters.eq("_id", "R-" + i), Filters.eq("status", "NEW")),
            Updates.set("status", "ACKNOWLEDGED"));
        updates[i] = System.nanoTime() - t;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%-28s %6.0f writes/s | insert p50 %.2f ms p99 %.2f ms | findAndModify p50 %.2f ms p99 %.2f ms%n",
          label,
          2 * WRITES / seconds,
          percentile(inserts, 50),
          percentile(inserts, 99),
          percentile(updates, 50),
          percentile(updates, 99));
    }
  }

  private static void warmUp(MongoCollection<Document> collection) {
    for (int i = 0; i < 200; i++) {
      collection.insertOne(new Document("_id", "warm-" + i));
    }
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)]
        / 1e6;
  }
}
