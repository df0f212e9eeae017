package org.deptbot.core.tips;

/** Where a tip is. CLOSED is final. */
public enum TipStatus {
  NEW,
  ACKNOWLEDGED,
  INFO_REQUESTED,
  CLOSED;

  public boolean open() {
    return this != CLOSED;
  }
}
