package org.deptbot.bot.storage;

/**
 * The embedded database could not start. Each case carries the plain-language action that fixes it;
 * {@link EmbeddedMongoFailureAnalyzer} prints both instead of a stack trace.
 */
public class EmbeddedMongoFailure extends RuntimeException {

  private final String action;

  EmbeddedMongoFailure(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }

  static EmbeddedMongoFailure portInUse(String host, int port, Throwable cause) {
    return new EmbeddedMongoFailure(
        "The embedded MongoDB could not listen on "
            + host
            + ":"
            + port
            + " because that port is already in use (another bot, or a MongoDB server, may be"
            + " running).",
        "Stop whatever uses port "
            + port
            + ", or set DEPTBOT_STORAGE_EMBEDDED_PORT to a free port (and give the admin console the same"
            + " value), or set MONGODB_URI to use the MongoDB server that is already running.",
        cause);
  }

  static EmbeddedMongoFailure dataDirNotWritable(String dataDir, Throwable cause) {
    return new EmbeddedMongoFailure(
        "The bot cannot write to its data folder " + dataDir + ".",
        "Create the folder and give the bot's user write access, or set DEPTBOT_STORAGE_DATA_DIR to a folder"
            + " it can write to.",
        cause);
  }

  static EmbeddedMongoFailure dataFileInUse(String file, Throwable cause) {
    return new EmbeddedMongoFailure(
        "The database file " + file + " is in use by another process (is another bot running?).",
        "Stop the other bot, or give this one its own DEPTBOT_STORAGE_DATA_DIR.",
        cause);
  }
}
