package org.deptbot.admin.console;

/** What someone typed cannot be used; the message says what to change, for them to read. */
public class BadInput extends IllegalArgumentException {

  public BadInput(String message) {
    super(message);
  }
}
