package org.deptbot.core.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid seed file into a start-up message that lists each problem with its line. */
class SeedFileFailureAnalyzer extends AbstractFailureAnalyzer<SeedFileInvalid> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SeedFileInvalid cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the lines above in the seed file (DEPTBOT_SEED_FILE) and start again, or unset"
            + " DEPTBOT_SEED_FILE to start with the roster already in the database.",
        cause);
  }
}
