package org.deptbot.core.notices;

/**
 * Whether a notice is real; an exercise, visibly marked as one on every post; or the department's
 * scheduled test message ({@link TestMessage}), marked as a test on every post and sent to
 * subscribers only when they asked for it.
 */
public enum NoticeMode {
  LIVE,
  EXERCISE,
  TEST
}
