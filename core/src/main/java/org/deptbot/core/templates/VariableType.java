package org.deptbot.core.templates;

/** What a template variable holds; each type checks what a dispatcher types in its own way. */
public enum VariableType {
  TEXT(500),
  DATETIME(40),
  LOCATION(200),
  PHONE(30),
  URL(300),
  /** A picture sent in chat; the value is the stored picture's id. */
  PHOTO(100);

  private final int defaultMaxLength;

  VariableType(int defaultMaxLength) {
    this.defaultMaxLength = defaultMaxLength;
  }

  public int defaultMaxLength() {
    return defaultMaxLength;
  }
}
