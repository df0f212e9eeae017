package org.deptbot.core.notices.cap;

/** How soon recipients should act (CAP 1.2 {@code urgency}). */
public enum CapUrgency {
  IMMEDIATE("Immediate"),
  EXPECTED("Expected"),
  FUTURE("Future"),
  PAST("Past"),
  UNKNOWN("Unknown");

  private final String capValue;

  CapUrgency(String capValue) {
    this.capValue = capValue;
  }

  /** The exact, case-sensitive value CAP expects. */
  public String capValue() {
    return capValue;
  }
}
