package org.deptbot.bot.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bot keeps its data ({@code deptbot.storage.*}, set from the environment in {@code
 * application.yml}).
 *
 * @param mongodbUri a MongoDB to use ({@code MONGODB_URI}); blank means host the embedded one
 * @param dataDir the embedded database's folder ({@code DEPTBOT_STORAGE_DATA_DIR})
 * @param embeddedHost the address the embedded database listens on; loopback only by default
 * @param embeddedPort its port ({@code DEPTBOT_STORAGE_EMBEDDED_PORT})
 */
@ConfigurationProperties("deptbot.storage")
public record StorageProperties(
    String mongodbUri,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("127.0.0.1") String embeddedHost,
    @DefaultValue("27017") int embeddedPort) {

  public boolean usesEmbedded() {
    return mongodbUri == null || mongodbUri.isBlank();
  }
}
