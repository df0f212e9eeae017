package org.deptbot.bot.storage;

import com.mongodb.ConnectionString;
import org.deptbot.core.StartupWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: {@code MONGODB_URI} when set, otherwise the embedded one, started before
 * the MongoDB client that connects to it through the normal driver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

  private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

  @Bean
  MongoHost mongoHost(StorageProperties storage) {
    if (!storage.usesEmbedded()) {
      log.info("Using the MongoDB at MONGODB_URI; the embedded database is off.");
      return new MongoHost(storage.mongodbUri(), null);
    }
    var embedded =
        EmbeddedMongo.start(storage.dataDir(), storage.embeddedHost(), storage.embeddedPort());
    return new MongoHost(embedded.connectionString(), embedded);
  }

  @Bean
  MongoConnectionDetails mongoConnectionDetails(MongoHost host) {
    var connectionString = new ConnectionString(host.connectionString());
    return () -> connectionString;
  }

  /**
   * The embedded database commits the start-up step's writes once at the end; a real MongoDB takes
   * them as they come.
   */
  @Bean
  StartupWrites startupWrites(MongoHost host) {
    return host.embedded() == null ? StartupWrites.EACH_AS_IT_COMES : host.embedded()::together;
  }

  /** The database the bot talks to, and the embedded server when the bot hosts it. */
  record MongoHost(String connectionString, EmbeddedMongo embedded) implements AutoCloseable {
    @Override
    public void close() {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
