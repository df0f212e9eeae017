package org.deptbot.core.notices;

/**
 * Where a notice is in its life. ISSUED and UPDATED are active; SCHEDULED waits for its time with
 * nothing posted yet; the others are final.
 */
public enum NoticeStatus {
  ISSUED,
  UPDATED,
  CANCELLED,
  EXPIRED,
  /** A missing or endangered person was found; the photo and personal details are off the posts. */
  RESOLVED,
  /**
   * Confirmed to go out at a later time ({@code scheduledFor}); nothing is planned or posted until
   * a release round makes it ISSUED. It can still be changed or cancelled.
   */
  SCHEDULED;

  public boolean active() {
    return this == ISSUED || this == UPDATED;
  }

  /** Active, or scheduled: a dispatcher can still change or cancel it. */
  public boolean open() {
    return active() || this == SCHEDULED;
  }
}
