package org.deptbot.core.templates;

/** How bad it is, in CAP 1.2's terms; urgent severities are delivered first. */
public enum Severity {
  EXTREME,
  SEVERE,
  MODERATE,
  MINOR
}
