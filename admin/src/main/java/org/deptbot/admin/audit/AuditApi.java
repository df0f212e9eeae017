package org.deptbot.admin.audit;

import static org.deptbot.core.access.Permission.VIEW_AUDIT_LOG;

import java.util.List;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditVerification;
import org.deptbot.core.audit.ChainVerifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the REST API: entries in sequence from a given one, and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@Requires(VIEW_AUDIT_LOG)
class AuditApi {

  private final AuditLog log;
  private final ChainVerifier verifier;
  private final VisibleEntries visible;

  AuditApi(AuditLog log, ChainVerifier verifier, VisibleEntries visible) {
    this.log = log;
    this.verifier = verifier;
    this.visible = visible;
  }

  /** Up to {@code limit} (at most 500) entries from sequence number {@code from}. */
  @GetMapping("/entries")
  List<AuditLine> entries(
      Actor actor,
      @RequestParam(defaultValue = "1") long from,
      @RequestParam(defaultValue = "100") int limit) {
    return visible.of(actor, log.entries(Math.max(1, from), Math.min(Math.max(limit, 1), 500)));
  }

  /** Walks the whole chain: intact with its head hash, or where it first breaks and how. */
  @GetMapping("/verification")
  Verification verification() {
    AuditVerification result = verifier.verify();
    return new Verification(
        result.intact(),
        result instanceof AuditVerification.Intact i ? i.count() : null,
        result instanceof AuditVerification.Intact i ? i.headHash() : null,
        result instanceof AuditVerification.Broken b ? b.seq() : null,
        result instanceof AuditVerification.Broken b ? b.problem().name() : null,
        VerifyAuditCommand.describe(result));
  }

  record Verification(
      boolean intact, Long count, String headHash, Long brokenAt, String problem, String text) {}
}
