package org.deptbot.admin.records;

import static org.deptbot.core.access.Permission.EXPORT_RECORDS;
import static org.deptbot.core.access.Permission.PLACE_LEGAL_HOLD;

import java.io.InputStream;
import java.util.List;
import org.deptbot.admin.console.ApiReason;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.records.BundleVerification;
import org.deptbot.core.records.ExportMode;
import org.deptbot.core.records.ExportRequest;
import org.deptbot.core.records.HoldRequest;
import org.deptbot.core.records.LegalHold;
import org.deptbot.core.records.LegalHolds;
import org.deptbot.core.records.RecordScope;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Legal holds, exports and bundle checks over the REST API, under the same rules as the page. */
@RestController
@RequestMapping("/api/v1/records")
@Requires({PLACE_LEGAL_HOLD, EXPORT_RECORDS})
class RecordsApi {

  private final LegalHolds holds;
  private final Exports exports;
  private final RecordsZone zone;

  RecordsApi(LegalHolds holds, Exports exports, RecordsZone zone) {
    this.holds = holds;
    this.exports = exports;
    this.zone = zone;
  }

  /** A hold to place: one case, notice, staff member, or a date range (yyyy-mm-dd, inclusive). */
  record PlaceHold(RecordScope.Kind kind, String target, String from, String to, String reason) {}

  /** What to export: any mix of case and notice numbers, a staff id and a date range. */
  record Export(
      ExportMode mode,
      String purpose,
      List<String> cases,
      List<String> notices,
      String staffId,
      String from,
      String to) {}

  @GetMapping("/holds")
  List<LegalHold> holds() {
    return holds.all();
  }

  @PostMapping("/holds")
  @Requires(PLACE_LEGAL_HOLD)
  LegalHold place(Actor actor, @RequestBody PlaceHold body) {
    RecordScope scope =
        RecordScopes.one(body.kind(), body.target(), body.from(), body.to(), zone.zone());
    return holds.place(actor, new HoldRequest(scope, body.reason()));
  }

  @PostMapping("/holds/{id}/lift")
  @Requires(PLACE_LEGAL_HOLD)
  LegalHold lift(
      Actor actor,
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          ApiReason body) {
    return holds.lift(actor, id, ApiReason.of(body));
  }

  @PostMapping("/exports")
  @Requires(EXPORT_RECORDS)
  ResponseEntity<FileSystemResource> export(Actor actor, @RequestBody Export body) {
    var scopes =
        RecordScopes.parse(
            body.cases() == null ? "" : String.join(" ", body.cases()),
            body.notices() == null ? "" : String.join(" ", body.notices()),
            body.staffId(),
            body.from(),
            body.to(),
            zone.zone());
    ExportMode mode = body.mode() == null ? ExportMode.PUBLIC_RECORDS : body.mode();
    return exports.bundle(actor, new ExportRequest(scopes, mode, body.purpose()));
  }

  /** Checks a bundle sent as the request body ({@code application/zip}) against its manifest. */
  @PostMapping(value = "/verification", consumes = "application/zip")
  @Requires(EXPORT_RECORDS)
  BundleVerification verify(InputStream bundle) {
    return Exports.check(bundle);
  }
}
