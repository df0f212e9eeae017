package org.deptbot.core.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The MongoDB that tests run against, one per test JVM, with a fresh database per call.
 *
 * <p>By default an in-memory mongo-java-server on a random loopback port: the same wire-protocol
 * server the bot embeds. With {@code -Preal-mongo} (system property {@code
 * deptbot.test.mongo=real}) the same tests run against {@code MONGODB_URI} when it is set,
 * otherwise against a mongod that flapdoodle downloads.
 */
public final class TestMongo {

  private static final AtomicInteger databases = new AtomicInteger();
  private static String connectionString;
  private static MongoClient client;

  private TestMongo() {}

  /** The connection string of the test server, without a database name. */
  public static synchronized String connectionString() {
    if (connectionString == null) {
      connectionString = start();
      client = MongoClients.create(connectionString);
    }
    return connectionString;
  }

  /** A template on a database no other test uses. */
  public static MongoTemplate newDatabase() {
    return database(newDatabaseName());
  }

  /** A template on the named database of the test server. */
  public static MongoTemplate database(String name) {
    connectionString();
    return new MongoTemplate(client, name);
  }

  public static String newDatabaseName() {
    return "test" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
  }

  public static boolean isReal() {
    return "real".equals(System.getProperty("deptbot.test.mongo"));
  }

  private static String start() {
    if (!isReal()) {
      MongoServer server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
      return server.getConnectionString();
    }
    String uri = System.getenv("MONGODB_URI");
    if (uri != null && !uri.isBlank()) {
      return uri;
    }
    return DownloadedMongod.start();
  }
}
