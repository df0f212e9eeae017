package org.deptbot.core.notices;

/** Where a notice is in its life. ISSUED and UPDATED are active; the others are final. */
public enum NoticeStatus {
  ISSUED,
  UPDATED,
  CANCELLED,
  EXPIRED,
  /** A missing or endangered person was found; the photo and personal details are off the posts. */
  RESOLVED;

  public boolean active() {
    return this == ISSUED || this == UPDATED;
  }
}
