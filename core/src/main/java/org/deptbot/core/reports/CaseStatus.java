package org.deptbot.core.reports;

/** Where a case is. RESOLVED and DISMISSED are final. */
public enum CaseStatus {
  NEW,
  ACKNOWLEDGED,
  INFO_REQUESTED,
  ESCALATED,
  RESOLVED,
  DISMISSED;

  public boolean open() {
    return this != RESOLVED && this != DISMISSED;
  }
}
