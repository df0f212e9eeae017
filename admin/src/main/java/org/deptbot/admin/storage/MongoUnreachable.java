package org.deptbot.admin.storage;

/** The console could not reach MongoDB at start-up. */
public class MongoUnreachable extends RuntimeException {

  public MongoUnreachable(String where, Throwable cause) {
    super("The admin console cannot reach MongoDB at " + where + ".", cause);
  }
}
