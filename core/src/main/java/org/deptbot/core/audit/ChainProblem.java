package org.deptbot.core.audit;

/** What is wrong at the first broken link of the audit chain. */
public enum ChainProblem {
  /** The entry's contents no longer match its hash: it was changed after it was written. */
  EDITED,
  /** The entry is not there (deleted), though later ones are. */
  MISSING,
  /**
   * The entry holds another entry's contents, intact but written under a different sequence number:
   * entries were moved around.
   */
  REORDERED,
  /**
   * The entry matches its own hash but does not name the entry before it as its predecessor: the
   * entry before was replaced, or this one was rewritten with a recomputed hash.
   */
  LINK_BROKEN
}
