package org.deptbot.core.notices.cap;

/** Who a CAP message is for: real recipients, an exercise, or testing (CAP 1.2 {@code status}). */
public enum CapStatus {
  ACTUAL("Actual"),
  EXERCISE("Exercise"),
  SYSTEM("System"),
  TEST("Test"),
  DRAFT("Draft");

  private final String capValue;

  CapStatus(String capValue) {
    this.capValue = capValue;
  }

  /** The exact, case-sensitive value CAP expects. */
  public String capValue() {
    return capValue;
  }
}
