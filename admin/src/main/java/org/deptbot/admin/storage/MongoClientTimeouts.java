package org.deptbot.admin.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Waits a few seconds for MongoDB, not the driver's default thirty, before giving up. */
@Component
@EnableConfigurationProperties(ConsoleStorageProperties.class)
class MongoClientTimeouts implements MongoClientSettingsBuilderCustomizer {

  private final Duration serverSelection;

  MongoClientTimeouts(ConsoleStorageProperties properties) {
    this.serverSelection = properties.serverSelectionTimeout();
  }

  @Override
  public void customize(com.mongodb.MongoClientSettings.Builder settings) {
    settings.applyToClusterSettings(
        cluster ->
            cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
  }
}
