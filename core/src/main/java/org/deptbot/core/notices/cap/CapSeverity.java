package org.deptbot.core.notices.cap;

/** How much harm the subject of the notice threatens (CAP 1.2 {@code severity}). */
public enum CapSeverity {
  EXTREME("Extreme"),
  SEVERE("Severe"),
  MODERATE("Moderate"),
  MINOR("Minor"),
  UNKNOWN("Unknown");

  private final String capValue;

  CapSeverity(String capValue) {
    this.capValue = capValue;
  }

  /** The exact, case-sensitive value CAP expects. */
  public String capValue() {
    return capValue;
  }
}
