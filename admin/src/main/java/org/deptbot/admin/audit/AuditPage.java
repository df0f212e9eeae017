package org.deptbot.admin.audit;

import static org.deptbot.core.access.Permission.VIEW_AUDIT_LOG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.audit.ChainVerifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit log, newest first or for one record, and a check of its hash chain on demand. The same
 * check runs from the command line with {@code --verify-audit}.
 */
@Controller
@Requires(VIEW_AUDIT_LOG)
class AuditPage {

  static final int PAGE = 50;
  private final AuditLog log;
  private final ChainVerifier verifier;
  private final AuditTrail audit;
  private final VisibleEntries visible;

  AuditPage(AuditLog log, ChainVerifier verifier, AuditTrail audit, VisibleEntries visible) {
    this.log = log;
    this.verifier = verifier;
    this.audit = audit;
    this.visible = visible;
  }

  @GetMapping("/audit")
  String entries(
      Actor actor,
      @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "0") long before,
      Model model) {
    model.addAttribute("subject", subject);
    if (!subject.isBlank()) {
      List<AuditEntry> about = new ArrayList<>(log.about(subject.strip()));
      Collections.reverse(about);
      model.addAttribute("entries", visible.of(actor, about));
      return "audit";
    }
    long head = log.head().map(AuditEntry::seq).orElse(0L);
    long last = before > 0 ? Math.min(before - 1, head) : head;
    long first = Math.max(1, last - PAGE + 1);
    List<AuditEntry> page = last < 1 ? List.of() : new ArrayList<>(log.entries(first, PAGE));
    page = page.stream().filter(e -> e.seq() <= last).toList();
    page = new ArrayList<>(page);
    Collections.reverse(page);
    model.addAttribute("entries", visible.of(actor, page));
    model.addAttribute("older", first > 1 ? first : 0);
    return "audit";
  }

  @PostMapping("/audit/verify")
  String verify(Actor actor, RedirectAttributes flash) {
    var result = verifier.verify();
    audit.record(actor, "audit.verified", "audit:log", "intact", String.valueOf(result.intact()));
    flash.addFlashAttribute(
        result.intact() ? "done" : "problem", VerifyAuditCommand.describe(result));
    return "redirect:/audit";
  }
}
