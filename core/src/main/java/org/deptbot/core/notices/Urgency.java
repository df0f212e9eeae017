package org.deptbot.core.notices;

/** How soon people should act, in CAP 1.2's terms. */
public enum Urgency {
  IMMEDIATE,
  EXPECTED,
  FUTURE
}
