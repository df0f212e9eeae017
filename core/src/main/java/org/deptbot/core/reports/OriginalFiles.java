package org.deptbot.core.reports;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;

/**
 * Opens the sealed original of a case's file: its bytes and the name it was sent under, which can
 * identify the reporter. Only a custodian ({@link Permission#REVEAL_ORIGINAL_FILE}) who states a
 * reason may, and the reason goes into the audit log with the file's hash.
 */
public class OriginalFiles {

  /** The shortest reason accepted: a few words, not a keystroke. */
  public static final int MIN_REASON = 10;

  private final EvidenceStore store;
  private final Authorization authorization;
  private final AuditTrail audit;

  public OriginalFiles(EvidenceStore store, Authorization authorization, AuditTrail audit) {
    this.store = store;
    this.authorization = authorization;
    this.audit = audit;
  }

  /** Whether {@code actor} may reveal originals at all (to offer the form). */
  public boolean mayReveal(Actor actor) {
    return authorization.permits(actor, Permission.REVEAL_ORIGINAL_FILE);
  }

  /**
   * The original of file {@code file} of the case, written to the audit log with the reason.
   *
   * @throws org.deptbot.core.access.NotPermitted without the permission
   * @throws IllegalArgumentException when the reason is missing or too short
   */
  public OriginalFile reveal(Actor actor, Report report, Evidence file, String reason) {
    authorization.require(actor, Permission.REVEAL_ORIGINAL_FILE);
    String why = reason == null ? "" : reason.strip();
    if (why.length() < MIN_REASON) {
      throw new IllegalArgumentException("state why the original is needed");
    }
    OriginalFile original = store.original(file);
    audit.record(
        actor,
        "case.original_revealed",
        "case:" + report.id(),
        "file",
        String.valueOf(file.number()),
        "sha256",
        file.sha256(),
        "reason",
        why);
    return original;
  }
}
