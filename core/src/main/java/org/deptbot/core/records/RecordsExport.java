package org.deptbot.core.records;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bson.Document;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.TipAccess;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Exports records for e-discovery or a public records request as one ZIP bundle:
 *
 * <pre>
 * records/notice/N-….json    a notice, every revision, every delivery
 * records/case/R-….json      a case, every event, its evidence list
 * records/tip/T-….json       a tip, every event
 * records/template/key.json  every version of a template, with its approvals
 * records/staff/s-….json     the staff members these records name
 * evidence/R-…/R-…-file-1.png the cleaned copies of evidence files and tip photos, under
 *                            neutral names; a file that cannot be cleaned is withheld
 * audit/entries.jsonl        every audit entry about these records and the holds on them
 * index.html                 the manifest for a person to read: records, files, redactions
 * manifest.json              who, when, why, what; every file with size and SHA-256; redactions
 * </pre>
 *
 * <p>Needs {@link Permission#EXPORT_RECORDS}, and holds only the cases and tips the exporter may
 * read ({@link CaseAccess}, {@link TipAccess}): never a case about the exporter, none for an
 * administrator who does not handle cases. The manifest counts what was left out for lack of access
 * ({@code leftOutForLackOfAccess}), without naming it. Each export is recorded in the audit log as
 * {@code records.exported} on {@code export:E-…}, with the manifest's SHA-256, so a bundle can
 * later be shown to be the one the department produced. {@link BundleVerifier} checks a bundle
 * against its manifest.
 */
public class RecordsExport {

  private final MongoOperations mongo;
  private final Authorization authorization;
  private final ExportCollector collector;
  private final BundleContents contents;
  private final AuditTrail audit;
  private final Clock clock;
  private final ReadAccess access;
  private final StaffMembers staff;

  public RecordsExport(
      MongoOperations mongo,
      Authorization authorization,
      ReadAccess access,
      ExportSources sources,
      LegalHolds holds,
      AuditTrail audit,
      Clock clock) {
    this.mongo = mongo;
    this.authorization = authorization;
    this.access = access;
    this.staff = sources.staff();
    this.collector = new ExportCollector(mongo, sources.auditLog(), holds);
    this.contents =
        new BundleContents(
            mongo,
            sources.deliveries(),
            sources.evidence(),
            sources.noticePhotos(),
            sources.staff());
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Writes the bundle to {@code out} (finished, left open) and returns what it holds.
   *
   * @throws org.deptbot.core.access.NotPermitted unless the actor may export records
   * @throws ExportRefused without a purpose
   */
  public ExportReceipt write(Actor actor, ExportRequest request, OutputStream out) {
    authorization.require(actor, Permission.EXPORT_RECORDS);
    if (request.purpose() == null || request.purpose().isBlank()) {
      throw new ExportRefused(
          ExportRefused.Reason.PURPOSE_NEEDED, "an export states the request or matter it answers");
    }
    Instant now = clock.instant();
    String exportId = nextNumber(now);
    ExportCollector.Selected selected = collector.collect(request.selection(), readable(actor));
    var redactor = new Redactor(request.mode());
    var writer = new BundleWriter(out, now);
    String manifestSha;
    try {
      contents.write(selected, redactor, writer);
      Document manifest = BundleManifest.of(exportId, now, actor, request, selected, redactor);
      writer.bytes(BundleIndex.PATH, BundleIndex.of(manifest, writer.files(), selected));
      manifestSha = writer.finish(manifest);
    } catch (RuntimeException failed) {
      audit.record(
          actor, "records.export_failed", "export:" + exportId, "mode", request.mode().name());
      throw failed;
    }
    audit.record(
        actor,
        "records.exported",
        "export:" + exportId,
        "mode",
        request.mode().name(),
        "purpose",
        LegalHolds.shortened(request.purpose().strip()),
        "selection",
        LegalHolds.shortened(BundleManifest.describe(request.selection())),
        "records",
        String.valueOf(selected.size()),
        "leftOutForAccess",
        String.valueOf(selected.leftOut().total()),
        "manifestSha256",
        manifestSha);
    return new ExportReceipt(
        exportId,
        manifestSha,
        selected.size(),
        writer.fileCount(),
        selected.notFound(),
        selected.leftOut().total());
  }

  /**
   * The cases and tips this actor may read, as on the case pages and at the tips desk: never one
   * about themselves, and none at all for an administrator who is neither handler nor on the desk.
   */
  private ExportCollector.Readable readable(Actor actor) {
    var chain = staff.chainOfCommand();
    return new ExportCollector.Readable(
        report -> access.cases().maySee(actor, report, chain), tip -> access.tips().onDesk(actor));
  }

  private String nextNumber(Instant now) {
    int year = now.atOffset(ZoneOffset.UTC).getYear();
    Document counter =
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is("export-" + year)),
            new Update().inc("value", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            "counters");
    return "E-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
  }

  /** Need-to-know on the records an export may hold: the same rules as the case pages and desk. */
  public record ReadAccess(CaseAccess cases, TipAccess tips) {}

  /** The stores an export reads besides the records themselves; one parameter instead of five. */
  public record ExportSources(
      AuditLog auditLog,
      Deliveries deliveries,
      EvidenceStore evidence,
      NoticePhotos noticePhotos,
      StaffMembers staff) {}
}
