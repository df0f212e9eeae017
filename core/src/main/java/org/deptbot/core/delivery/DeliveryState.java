package org.deptbot.core.delivery;

/** Where one delivery is. SENT, FAILED and SKIPPED are final. */
public enum DeliveryState {
  QUEUED,
  SENDING,
  SENT,
  FAILED,
  /** Not needed any more: the subscriber left, or the post already shows this revision. */
  SKIPPED;

  public boolean finished() {
    return this == SENT || this == FAILED || this == SKIPPED;
  }
}
