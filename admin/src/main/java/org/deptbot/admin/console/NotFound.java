package org.deptbot.admin.console;

/**
 * A record that does not exist, or that the asker may not know exists: both answer the same, so a
 * case number cannot be probed.
 */
public class NotFound extends RuntimeException {

  public NotFound(String what) {
    super(what + " was not found");
  }
}
