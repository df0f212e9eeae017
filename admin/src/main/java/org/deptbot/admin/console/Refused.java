package org.deptbot.admin.console;

import org.deptbot.core.access.Permission;

/** A signed-in member asked for something their roles do not allow. */
public class Refused extends RuntimeException {

  public Refused(String staffId, Permission[] needed) {
    super(staffId + " lacks any of " + java.util.Arrays.toString(needed));
  }

  public Refused(String message) {
    super(message);
  }
}
