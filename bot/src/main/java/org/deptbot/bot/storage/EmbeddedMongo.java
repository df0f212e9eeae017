package org.deptbot.bot.storage;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server inside the bot process (mongo-java-server with the H2 MVStore
 * backend), so a department can run the bot with no database to install. Data lives in one file
 * under the data folder and survives restarts; every write is on disk before it is acknowledged.
 */
public final class EmbeddedMongo implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
  static final String FILE_NAME = "deptbot.mv.db";

  private final MongoServer server;
  private final CommittingH2Backend backend;
  private final String connectionString;

  private EmbeddedMongo(MongoServer server, CommittingH2Backend backend, String connectionString) {
    this.server = server;
    this.backend = backend;
    this.connectionString = connectionString;
  }

  /** Opens (or creates) the database under {@code dataDir} and listens on {@code host:port}. */
  public static EmbeddedMongo start(Path dataDir, String host, int port) {
    Path file = prepare(dataDir).resolve(FILE_NAME);
    MVStore store = open(file);
    var backend = new CommittingH2Backend(store);
    var server = new MongoServer(backend);
    try {
      server.bind(host, port);
    } catch (Exception e) { // netty throws BindException without declaring it
      server.shutdownNow(); // its event loops would otherwise keep the JVM alive
      backend.close();
      if (hasCause(e, BindException.class)) {
        throw EmbeddedMongoFailure.portInUse(host, port, e);
      }
      throw new IllegalStateException("The embedded MongoDB could not start: " + e.getMessage(), e);
    }
    var address = server.getLocalAddress();
    String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
    log.info("Embedded MongoDB listening on {}, data in {}", uri, file.toAbsolutePath());
    return new EmbeddedMongo(server, backend, uri);
  }

  /** {@code mongodb://host:port}, without a database name. */
  public String connectionString() {
    return connectionString;
  }

  /**
   * Runs the start-up step's writes with one commit at the end instead of one per write (see {@link
   * CommittingH2Backend#together}).
   */
  public void together(Runnable work) {
    backend.together(work);
  }

  /** Stops listening and closes the store cleanly. */
  @Override
  public void close() {
    server.shutdownNow();
    backend.close();
    log.info("Embedded MongoDB stopped");
  }

  private static Path prepare(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException | SecurityException e) {
      throw EmbeddedMongoFailure.dataDirNotWritable(dataDir.toAbsolutePath().toString(), e);
    }
    if (!Files.isWritable(dataDir)) {
      throw EmbeddedMongoFailure.dataDirNotWritable(dataDir.toAbsolutePath().toString(), null);
    }
    return dataDir;
  }

  private static MVStore open(Path file) {
    try {
      return new MVStore.Builder().fileName(file.toString()).open();
    } catch (MVStoreException e) {
      if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
        throw EmbeddedMongoFailure.dataFileInUse(file.toAbsolutePath().toString(), e);
      }
      if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED
          || e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_READING_FAILED) {
        throw EmbeddedMongoFailure.dataDirNotWritable(
            file.getParent().toAbsolutePath().toString(), e);
      }
      throw e;
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
