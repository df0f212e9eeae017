package org.deptbot.core.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the head of the audit chain to the log output, where it leaves the database's reach: log
 * shipping, files, a terminal. Anyone who later rewrites or truncates the chain cannot make it
 * match the anchors already written. Find them with {@code grep 'AUDIT ANCHOR'}.
 *
 * <p>The bot calls {@link #anchor()} on a schedule; this class only writes the line.
 */
public class AuditAnchor {

  /** The fixed start of every anchor line. */
  public static final String PREFIX = "AUDIT ANCHOR";

  private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

  private final AuditLog auditLog;

  public AuditAnchor(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  /**
   * Logs {@code AUDIT ANCHOR seq=<head seq> sha256=<head hash> at=<head time>} at INFO ({@code
   * seq=0} and 64 zeros for an empty log) and returns the line.
   */
  public String anchor() {
    String line =
        auditLog
            .head()
            .map(
                head ->
                    "%s seq=%d sha256=%s at=%s"
                        .formatted(PREFIX, head.seq(), head.hash(), head.at()))
            .orElse("%s seq=0 sha256=%s".formatted(PREFIX, AuditEntry.GENESIS));
    log.info(line);
    return line;
  }
}
