package org.deptbot.admin.audit;

import java.time.Instant;
import java.util.Map;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditEntry;

/**
 * One audit entry as shown to a reader. An entry about a case or tip the reader may not see is
 * {@code withheld}: its number, time, action and hashes stay (so the chain can still be followed
 * and checked), but who did it, the record and the details are left out.
 */
record AuditLine(
    long seq,
    Instant at,
    String actor,
    AuditChannel channel,
    String action,
    String subject,
    Map<String, String> details,
    String previousHash,
    String hash,
    boolean withheld) {

  static AuditLine shown(AuditEntry e) {
    return new AuditLine(
        e.seq(),
        e.at(),
        e.actor(),
        e.channel(),
        e.action(),
        e.subject(),
        e.details(),
        e.previousHash(),
        e.hash(),
        false);
  }

  static AuditLine withheld(AuditEntry e) {
    return new AuditLine(
        e.seq(), e.at(), null, null, e.action(), null, Map.of(), e.previousHash(), e.hash(), true);
  }
}
