package org.deptbot.core.reports;

/** How a resolved case ended. */
public enum Outcome {
  NO_VIOLATION,
  COUNSELING,
  REFERRED_FOR_DISCIPLINE,
  TAKEDOWN_REQUESTED,
  OTHER
}
