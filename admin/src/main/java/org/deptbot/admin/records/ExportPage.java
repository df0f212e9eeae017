package org.deptbot.admin.records;

import static org.deptbot.core.access.Permission.EXPORT_RECORDS;

import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.records.ExportMode;
import org.deptbot.core.records.ExportRequest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The export form's download: the bundle as a ZIP named by its export number. */
@Controller
@Requires(EXPORT_RECORDS)
class ExportPage {

  private final Exports exports;
  private final RecordsZone zone;

  ExportPage(Exports exports, RecordsZone zone) {
    this.exports = exports;
    this.zone = zone;
  }

  @PostMapping("/records/export")
  ResponseEntity<FileSystemResource> export(
      Actor actor,
      @RequestParam ExportMode mode,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(defaultValue = "") String cases,
      @RequestParam(defaultValue = "") String notices,
      @RequestParam(defaultValue = "") String staffId,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to) {
    var scopes = RecordScopes.parse(cases, notices, staffId, from, to, zone.zone());
    return exports.bundle(actor, new ExportRequest(scopes, mode, purpose));
  }
}
