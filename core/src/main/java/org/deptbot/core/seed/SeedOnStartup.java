package org.deptbot.core.seed;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the seed file named by {@code DEPTBOT_SEED_FILE} at start-up, in the step that readies
 * the database ({@link org.deptbot.core.DatabaseAtStartup}), after the indexes and before anyone is
 * served. An invalid file stops the start with its problems listed (see {@link
 * SeedFileFailureAnalyzer}); nothing is imported.
 */
public class SeedOnStartup {

  private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);

  private final String seedFile;
  private final SeedParser parser;
  private final SeedImporter importer;

  public SeedOnStartup(String seedFile, SeedParser parser, SeedImporter importer) {
    this.seedFile = seedFile;
    this.parser = parser;
    this.importer = importer;
  }

  /** Imports the file, if one is named. */
  public void importIfGiven() {
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
