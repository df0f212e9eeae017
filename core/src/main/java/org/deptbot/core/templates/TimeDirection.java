package org.deptbot.core.templates;

/**
 * Which way a date-time blank looks from now: back ("last seen", "when it happened") or ahead
 * ("reopens", "starts"). A bare time such as {@code 02:30} is read as its nearest occurrence that
 * way.
 */
public enum TimeDirection {
  /** The time has passed: a bare time is its latest occurrence up to now. */
  PAST,
  /** The time is still to come: a bare time is its next occurrence from now on. */
  FUTURE
}
