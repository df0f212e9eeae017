package org.deptbot.core.seed;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Imports the seed file named by {@code DEPTBOT_SEED_FILE} at start-up. An invalid file stops the
 * start with its problems listed (see {@link SeedFileFailureAnalyzer}); nothing is imported.
 */
public class SeedOnStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);

  private final String seedFile;
  private final SeedParser parser;
  private final SeedImporter importer;

  public SeedOnStartup(String seedFile, SeedParser parser, SeedImporter importer) {
    this.seedFile = seedFile;
    this.parser = parser;
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (seedFile == null || seedFile.isBlank()) {
      log.info(
          "No seed file (DEPTBOT_SEED_FILE is not set); the roster stays as it is in the database.");
      return;
    }
    Path path = Path.of(seedFile);
    SeedFile seed = parser.parse(path);
    log.info(importer.importSeed(path.getFileName().toString(), seed).summary());
  }
}
