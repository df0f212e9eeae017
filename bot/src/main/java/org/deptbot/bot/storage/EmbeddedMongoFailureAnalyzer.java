package org.deptbot.bot.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints what went wrong with the embedded database and how to fix it, without a stack trace. */
class EmbeddedMongoFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMongoFailure> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMongoFailure cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
