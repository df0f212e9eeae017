package org.deptbot.admin.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/** Waits a few seconds for MongoDB, not the driver's default thirty, before giving up. */
@Component
class MongoClientTimeouts implements MongoClientSettingsBuilderCustomizer {

  private final Duration serverSelection;

  MongoClientTimeouts(
      @Value("${deptbot.storage.server-selection-timeout:5s}") Duration serverSelection) {
    this.serverSelection = serverSelection;
  }

  @Override
  public void customize(com.mongodb.MongoClientSettings.Builder settings) {
    settings.applyToClusterSettings(
        cluster ->
            cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
  }
}
