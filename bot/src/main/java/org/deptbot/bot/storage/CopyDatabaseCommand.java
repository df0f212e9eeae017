package org.deptbot.bot.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.deptbot.core.MongoWriteSettings;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * {@code java -jar deptbot-bot.jar --copy-database-to mongodb://…}: copies the embedded database
 * (found by the normal storage settings, {@code DEPTBOT_STORAGE_DATA_DIR}) to a real MongoDB
 * instead of starting the bot, then checks the copy. Exit status 0 only when the copy matches; 1
 * when it was made but does not match, or stopped half way; 2 when nothing was copied (the target
 * holds data, the bot is still running, no embedded database, a bad URI).
 */
public final class CopyDatabaseCommand {

  /** The command-line option, followed by the target's URI (with a space or {@code =}). */
  public static final String OPTION = "--copy-database-to";

  static final int MATCHES = 0;
  static final int DOES_NOT_MATCH = 1;
  static final int NOTHING_COPIED = 2;

  private CopyDatabaseCommand() {}

  /** Whether the command line asks for a copy rather than for the bot. */
  public static boolean requested(String[] args) {
    for (String arg : args) {
      if (arg.equals(OPTION) || arg.startsWith(OPTION + "=")) {
        return true;
      }
    }
    return false;
  }

  /** Runs the copy and returns the exit status; the report goes to {@code out}. */
  public static int run(String[] args, PrintStream out) {
    String targetUri = null;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(OPTION)) {
        targetUri = i + 1 < args.length ? args[++i] : "";
      } else if (args[i].startsWith(OPTION + "=")) {
        targetUri = args[i].substring(OPTION.length() + 1);
      } else {
        rest.add(args[i]);
      }
    }
    ConnectionString target;
    try {
      target = new ConnectionString(targetUri == null ? "" : targetUri.strip());
    } catch (IllegalArgumentException e) {
      out.println("Give the MongoDB to copy to: " + OPTION + " mongodb://host:27017/deptbot");
      out.println("(" + e.getMessage() + ")");
      return NOTHING_COPIED;
    }

    Settings settings = settings(rest.toArray(String[]::new));
    if (!settings.storage().usesEmbedded()) {
      out.println(
          "MONGODB_URI is set, so this bot does not use the embedded database. Unset it for the"
              + " copy; DEPTBOT_STORAGE_DATA_DIR names the embedded database's folder.");
      return NOTHING_COPIED;
    }
    var dataFile = settings.storage().dataDir().resolve(EmbeddedMongo.FILE_NAME);
    if (!Files.isRegularFile(dataFile)) {
      out.println(
          "There is no embedded database at "
              + dataFile.toAbsolutePath()
              + ". Set DEPTBOT_STORAGE_DATA_DIR to the bot's data folder.");
      return NOTHING_COPIED;
    }
    String targetDb = target.getDatabase() != null ? target.getDatabase() : settings.database();

    EmbeddedMongo embedded;
    try {
      embedded = EmbeddedMongo.start(settings.storage().dataDir(), "127.0.0.1", 0);
    } catch (EmbeddedMongoFailure e) {
      out.println(e.getMessage());
      out.println(e.action() + " The bot must be stopped while its database is copied.");
      return NOTHING_COPIED;
    }
    try (embedded;
        MongoClient from = MongoClients.create(embedded.connectionString());
        MongoClient to = MongoClients.create(clientSettings(target, settings.writeConcern()))) {
      return copy(from, settings.database(), to, targetDb, describe(target, targetDb), out);
    } catch (MongoException e) {
      out.println("The copy stopped: " + e.getMessage());
      out.println(
          "The embedded database is unchanged. Drop the target database "
              + targetDb
              + " (it may be half full), then run the copy again.");
      return DOES_NOT_MATCH;
    }
  }

  /**
   * Copies database {@code sourceDb} of {@code from} to {@code targetDb} of {@code to}, refusing a
   * target that holds any document, verifies the copy and reports on {@code out}.
   */
  static int copy(
      MongoClient from,
      String sourceDb,
      MongoClient to,
      String targetDb,
      String targetName,
      PrintStream out) {
    var copy = new DatabaseCopy(from.getDatabase(sourceDb), to.getDatabase(targetDb));
    Map<String, Long> held = copy.targetContents();
    if (!held.isEmpty()) {
      out.println(
          "Refused: "
              + targetName
              + " already holds data ("
              + held.entrySet().stream()
                  .map(e -> e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining(", "))
              + "). Nothing was copied. Copy into an empty database, or name a new one at the end"
              + " of the URI.");
      return NOTHING_COPIED;
    }
    out.println("Copying the embedded database " + sourceDb + " to " + targetName);
    Map<String, Long> copied = copy.copyDocuments();
    long documents = copied.values().stream().mapToLong(Long::longValue).sum();
    out.println("  copied " + copied.size() + " collections, " + documents + " documents");
    List<String> indexes = copy.createIndexes();

    var result = new CopyVerifier(from, sourceDb, to, targetDb).verify();
    result.summary().forEach(line -> out.println("  " + line));
    if (!result.matches()) {
      out.println("The copy does NOT match the embedded database:");
      result.problems().forEach(line -> out.println("  " + line));
      out.println(
          "Do not switch to it. The embedded database is unchanged: drop "
              + targetName
              + " and run the copy again.");
      return DOES_NOT_MATCH;
    }
    List<String> ttl = copy.createTtlIndexes();
    out.println(
        "  created %d indexes, %d of them removing expired documents"
            .formatted(indexes.size() + ttl.size(), ttl.size()));
    out.println(
        "The copy matches. Set MONGODB_URI to it for the bot and the console, then start them.");
    return MATCHES;
  }

  /** The target as {@code host:port/database}, never with credentials. */
  static String describe(ConnectionString target, String database) {
    return "database " + database + " on " + String.join(",", target.getHosts());
  }

  private static MongoClientSettings clientSettings(ConnectionString target, String writeConcern) {
    var builder =
        MongoClientSettings.builder()
            .applyConnectionString(target)
            .applyToClusterSettings(
                cluster -> cluster.serverSelectionTimeout(15, TimeUnit.SECONDS));
    MongoWriteSettings.decide(target, writeConcern).applyTo(builder);
    return builder.build();
  }

  /** The bot's own settings, read the way the bot reads them (environment, application.yml). */
  private static Settings settings(String[] args) {
    try (var context =
        new SpringApplicationBuilder(SettingsSource.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(args)) {
      var environment = context.getEnvironment();
      return new Settings(
          context.getBean(StorageProperties.class),
          environment.getProperty("spring.data.mongodb.database", "deptbot"),
          environment.getProperty("deptbot.storage.write-concern", ""));
    }
  }

  private record Settings(StorageProperties storage, String database, String writeConcern) {}

  /** The only bean source of the copy's short-lived context: the storage settings. */
  @EnableConfigurationProperties(StorageProperties.class)
  static class SettingsSource {}
}
