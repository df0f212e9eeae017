package org.deptbot.core.templates;

/** How soon people should act, in CAP 1.2's terms. */
public enum Urgency {
  IMMEDIATE,
  EXPECTED,
  FUTURE
}
