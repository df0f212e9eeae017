package org.deptbot.core.audit;

/**
 * An entry could not be appended because other writers kept taking the next sequence number, or the
 * writer was interrupted while waiting its turn. Nothing was recorded; the caller may retry.
 */
public class AuditLogBusy extends RuntimeException {

  private AuditLogBusy(String message) {
    super(message);
  }

  static AuditLogBusy afterLosing(int tries) {
    return new AuditLogBusy(
        "The audit log is busy: other writers took the next entry " + tries + " times in a row.");
  }

  static AuditLogBusy interrupted() {
    return new AuditLogBusy("Interrupted while waiting to append to the audit log.");
  }
}
