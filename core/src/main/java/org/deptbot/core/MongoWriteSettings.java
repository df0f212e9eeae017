package org.deptbot.core;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.core.Ordered;

/**
 * How writes are acknowledged ({@code deptbot.storage.write-concern}) and whether the driver
 * retries a write that failed on a network error or a replica-set election. By default a write to a
 * replica set (the URI names {@code replicaSet=}, several hosts, or is {@code mongodb+srv}) waits
 * for a majority of members, so an acknowledged write survives the loss of the primary; a single
 * server, the embedded one included, keeps the driver's default. Retryable writes are on unless the
 * URI says {@code retryWrites=false}. Runs after Spring Boot has applied the URI, and logs what it
 * chose once, with the hosts and never the credentials.
 */
public final class MongoWriteSettings implements MongoClientSettingsBuilderCustomizer, Ordered {

  private static final Logger log = LoggerFactory.getLogger(MongoWriteSettings.class);

  private final ObjectProvider<MongoConnectionDetails> connection;
  private final String configured;

  public MongoWriteSettings(ObjectProvider<MongoConnectionDetails> connection, String configured) {
    this.connection = connection;
    this.configured = configured;
  }

  /**
   * What to use for the database at {@code uri}.
   *
   * @param writeConcern the write concern, or null for the driver's default
   * @param retryWrites whether the driver retries a failed write once
   * @param why the reason, for the start-up log
   */
  public record Decision(WriteConcern writeConcern, boolean retryWrites, String why) {

    /** {@code majority}, {@code w=1}, or {@code the driver's default}. */
    public String writeConcernName() {
      if (writeConcern == null) {
        return "the driver's default";
      }
      Object w = writeConcern.getWObject();
      return w == null ? "the driver's default" : (w instanceof String s ? s : "w=" + w);
    }

    /** Applies the decision to a client's settings. */
    public void applyTo(MongoClientSettings.Builder settings) {
      if (writeConcern != null) {
        settings.writeConcern(writeConcern);
      }
      settings.retryWrites(retryWrites);
    }
  }

  /**
   * The decision for {@code uri} and the setting's value: blank or {@code auto} (by the URI),
   * {@code majority}, {@code default} (the driver's), or a number of members.
   *
   * @throws IllegalArgumentException for any other value, naming the setting
   */
  public static Decision decide(ConnectionString uri, String configured) {
    boolean retry = uri.getRetryWritesValue() == null || uri.getRetryWritesValue();
    String value = configured == null ? "" : configured.strip().toLowerCase(Locale.ROOT);
    switch (value) {
      case "", "auto" -> {
        if (uri.getWriteConcern() != null) {
          return new Decision(uri.getWriteConcern(), retry, "as the URI's w= says");
        }
        if (namesReplicaSet(uri)) {
          return new Decision(WriteConcern.MAJORITY, retry, "the URI names a replica set");
        }
        return new Decision(null, retry, "a single server");
      }
      case "majority" -> {
        return new Decision(WriteConcern.MAJORITY, retry, "DEPTBOT_STORAGE_WRITE_CONCERN");
      }
      case "default" -> {
        return new Decision(null, retry, "DEPTBOT_STORAGE_WRITE_CONCERN");
      }
      default -> {
        if (value.matches("[0-9]{1,2}")) {
          return new Decision(
              new WriteConcern(Integer.parseInt(value)), retry, "DEPTBOT_STORAGE_WRITE_CONCERN");
        }
        throw new IllegalArgumentException(
            "DEPTBOT_STORAGE_WRITE_CONCERN is '"
                + configured
                + "': use majority, default, a number of members such as 1, or leave it unset");
      }
    }
  }

  /** Whether {@code uri} points at a replica set rather than one server. */
  static boolean namesReplicaSet(ConnectionString uri) {
    return uri.getRequiredReplicaSetName() != null
        || uri.getHosts().size() > 1
        || uri.isSrvProtocol();
  }

  @Override
  public void customize(MongoClientSettings.Builder settings) {
    MongoConnectionDetails details = connection.getIfAvailable();
    if (details == null) {
      return;
    }
    ConnectionString uri = details.getConnectionString();
    Decision decision = decide(uri, configured);
    decision.applyTo(settings);
    log.info(
        "MongoDB at {}: write concern {}, retryable writes {} ({})",
        String.join(",", uri.getHosts()),
        decision.writeConcernName(),
        decision.retryWrites() ? "on" : "off",
        decision.why());
  }

  /** After Spring Boot's own customizer has applied the URI, so a set value wins over it. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
