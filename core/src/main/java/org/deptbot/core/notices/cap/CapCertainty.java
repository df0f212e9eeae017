package org.deptbot.core.notices.cap;

/** How sure the department is of what the notice says (CAP 1.2 {@code certainty}). */
public enum CapCertainty {
  OBSERVED("Observed"),
  LIKELY("Likely"),
  POSSIBLE("Possible"),
  UNLIKELY("Unlikely"),
  UNKNOWN("Unknown");

  private final String capValue;

  CapCertainty(String capValue) {
    this.capValue = capValue;
  }

  /** The exact, case-sensitive value CAP expects. */
  public String capValue() {
    return capValue;
  }
}
