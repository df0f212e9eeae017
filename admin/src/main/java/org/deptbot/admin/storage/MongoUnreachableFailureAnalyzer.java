package org.deptbot.admin.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says how to give the console a database, instead of a driver stack trace. */
class MongoUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<MongoUnreachable> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MongoUnreachable cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Start the bot first (it hosts the embedded database on 127.0.0.1:27017 by default; use"
            + " the same DEPTBOT_STORAGE_EMBEDDED_PORT for both), or set MONGODB_URI to your MongoDB server.",
        cause);
  }
}
