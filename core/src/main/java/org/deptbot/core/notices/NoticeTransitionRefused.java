package org.deptbot.core.notices;

/** A notice cannot make the change asked for, for example updating one already cancelled. */
public class NoticeTransitionRefused extends RuntimeException {

  public NoticeTransitionRefused(String message) {
    super(message);
  }
}
