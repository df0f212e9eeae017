package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.HANDLE_INTERNAL_AFFAIRS_CASES;
import static org.deptbot.core.access.Permission.TRIAGE_REPORTS;

import java.nio.charset.StandardCharsets;
import org.deptbot.admin.console.BadInput;
import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.Evidence;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.OriginalFile;
import org.deptbot.core.reports.OriginalFiles;
import org.deptbot.core.reports.Report;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's files. A download is the cleaned copy under its neutral name, with the SHA-256 of both
 * the original and the copy; a file that could not be cleaned is withheld. Revealing the original
 * (its name and metadata can identify the reporter) takes a custodian and a stated reason. Every
 * download and reveal is written to the audit log.
 */
@Controller
@Requires({TRIAGE_REPORTS, HANDLE_INTERNAL_AFFAIRS_CASES})
class CaseFiles {

  private final VisibleCases cases;
  private final EvidenceStore evidence;
  private final OriginalFiles originals;
  private final AuditTrail audit;

  CaseFiles(VisibleCases cases, EvidenceStore evidence, OriginalFiles originals, AuditTrail audit) {
    this.cases = cases;
    this.evidence = evidence;
    this.originals = originals;
    this.audit = audit;
  }

  @GetMapping("/cases/{id}/files/{number}")
  ResponseEntity<byte[]> file(Actor actor, @PathVariable String id, @PathVariable int number) {
    Report r = cases.get(actor, id);
    Evidence file = find(r, number);
    if (file.withheld()) {
      throw new BadInput("case.file.withheld");
    }
    byte[] bytes = evidence.bytes(file);
    audit.record(
        actor,
        "case.file_downloaded",
        "case:" + r.id(),
        "file",
        String.valueOf(number),
        "sha256",
        file.sha256(),
        "cleanSha256",
        file.cleanSha256());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.name(r.id())).build().toString())
        .header("X-Evidence-SHA256", file.sha256())
        .header("X-Evidence-Copy-SHA256", file.cleanSha256())
        .body(bytes);
  }

  @PostMapping("/cases/{id}/files/{number}/original")
  ResponseEntity<byte[]> original(
      Actor actor,
      @PathVariable String id,
      @PathVariable int number,
      @RequestParam(defaultValue = "") String reason) {
    Report r = cases.get(actor, id);
    Evidence file = find(r, number);
    OriginalFile original;
    try {
      original = originals.reveal(actor, r, file, reason);
    } catch (IllegalArgumentException noReason) {
      throw new BadInput("case.reveal.reason-needed");
    } catch (IllegalStateException cannotOpen) {
      throw new BadInput("case.reveal.cannot-open");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    original.fileName().isBlank() ? file.name(r.id()) : original.fileName(),
                    StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Evidence-SHA256", file.sha256())
        .body(original.bytes());
  }

  private Evidence find(Report r, int number) {
    return evidence.of(r.intakeKey()).stream()
        .filter(e -> e.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFound("File " + number + " of " + r.id()));
  }
}
