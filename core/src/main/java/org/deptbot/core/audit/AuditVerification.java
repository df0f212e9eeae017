package org.deptbot.core.audit;

/** The result of walking the audit chain: intact, or broken at the first bad link. */
public sealed interface AuditVerification {

  /** Whether every link checked out. */
  default boolean intact() {
    return this instanceof Intact;
  }

  /**
   * Every entry from 1 to {@code count} is present, unchanged and linked to the one before.
   *
   * @param headHash the hash of the last entry ({@link AuditEntry#GENESIS} for an empty log), to
   *     compare with the latest anchor written to the log output
   */
  record Intact(long count, String headHash) implements AuditVerification {}

  /**
   * The chain is broken at entry {@code seq}; entries before it checked out.
   *
   * @param problem what is wrong there
   */
  record Broken(long seq, ChainProblem problem) implements AuditVerification {}
}
