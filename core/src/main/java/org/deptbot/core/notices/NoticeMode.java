package org.deptbot.core.notices;

/** Whether a notice is real, or an exercise that is visibly marked as one on every post. */
public enum NoticeMode {
  LIVE,
  EXERCISE
}
