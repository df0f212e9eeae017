package org.deptbot.core.reports;

/** How much of the reporter's identity the people handling the case may see. */
public enum Confidentiality {
  /** Those handling the case see who reported it; nobody else does. */
  CONFIDENTIAL,
  /** Nobody handling the case sees who reported it; only the bot can reach the reporter. */
  ANONYMOUS
}
