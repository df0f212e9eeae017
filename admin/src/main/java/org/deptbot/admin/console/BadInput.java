package org.deptbot.admin.console;

/**
 * What someone typed cannot be used. {@link #key()} names the message in the console's bundle that
 * says what to change; the pages and the API word it from there.
 */
public class BadInput extends IllegalArgumentException {

  private final String key;

  public BadInput(String key) {
    super(key);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
