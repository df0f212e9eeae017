package org.deptbot.core.notices.cap;

/**
 * Whether a revision is the first of a notice, replaces earlier ones, or withdraws them (CAP 1.2
 * {@code msgType}). Ack and Error are left out: the department only ever originates notices.
 */
public enum CapMsgType {
  ALERT("Alert"),
  UPDATE("Update"),
  CANCEL("Cancel");

  private final String capValue;

  CapMsgType(String capValue) {
    this.capValue = capValue;
  }

  /** The exact, case-sensitive value CAP expects. */
  public String capValue() {
    return capValue;
  }
}
