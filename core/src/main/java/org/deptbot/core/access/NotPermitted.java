package org.deptbot.core.access;

/** Thrown when someone asks for something their roles do not allow. */
public class NotPermitted extends RuntimeException {

  private final Permission permission;

  public NotPermitted(Actor actor, Permission permission) {
    super(actor.describe() + " may not " + permission);
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}
