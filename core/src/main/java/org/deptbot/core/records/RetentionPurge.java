package org.deptbot.core.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.Findings;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Deletes every closed record past its retention period ({@link RetentionProperties}) that no
 * active legal hold keeps, with what hangs off it, and writes each deletion to the audit log as
 * {@code record.purged}: the record's type, id, closing date and schedule, never its content.
 *
 * <p>Safe to run twice (what is gone is not found again) and safe to interrupt: each purge first
 * notes what it will delete ({@link PurgeIntent}), and the next run finishes notes left behind. A
 * hold placed on a record whose purge was noted but not begun stops the purge.
 */
public class RetentionPurge {

  /** The audit action of a purge. */
  public static final String PURGED = "record.purged";

  private final MongoOperations mongo;
  private final StoredRecords records;
  private final PurgeSteps steps;
  private final LegalHolds holds;
  private final RetentionProperties schedule;
  private final FindingRetention byFinding;
  private final Findings findings;
  private final AuditLog auditLog;
  private final AuditTrail audit;
  private final Clock clock;

  public RetentionPurge(
      MongoOperations mongo,
      org.deptbot.core.reports.EvidenceStore evidence,
      LegalHolds holds,
      RetentionProperties schedule,
      AuditLog auditLog,
      AuditTrail audit,
      Clock clock) {
    this(
        mongo,
        evidence,
        holds,
        schedule,
        FindingRetention.none(),
        Findings.defaults(),
        auditLog,
        audit,
        clock);
  }

  /** With cases kept by their most serious finding, in the department's order of findings. */
  public RetentionPurge(
      MongoOperations mongo,
      org.deptbot.core.reports.EvidenceStore evidence,
      LegalHolds holds,
      RetentionProperties schedule,
      FindingRetention byFinding,
      Findings findings,
      AuditLog auditLog,
      AuditTrail audit,
      Clock clock) {
    this.byFinding = byFinding;
    this.findings = findings;
    this.mongo = mongo;
    this.records = new StoredRecords(mongo);
    this.steps = new PurgeSteps(mongo, evidence);
    this.holds = holds;
    this.schedule = schedule;
    this.auditLog = auditLog;
    this.audit = audit;
    this.clock = clock;
  }

  /** One run: finishes interrupted purges, then purges everything due. */
  public PurgeSummary run() {
    Instant now = clock.instant();
    var tally = new Tally();
    int finished = 0;
    for (PurgeIntent left : mongo.findAll(PurgeIntent.class)) {
      Optional<RecordFacts> still = records.facts(left.type(), left.recordId());
      if (still.isPresent() && held(still.get())) {
        mongo.remove(left);
        continue;
      }
      finish(left, tally);
      finished++;
    }
    for (RecordType type : RecordType.values()) {
      for (RecordFacts record : records.closed(type)) {
        if (now.isBefore(keptUntil(record))) {
          continue;
        }
        // the holds are read again for each record, just before it goes: a hold placed while
        // the purge runs keeps what it covers
        if (held(record)) {
          tally.held.add(record.subject());
        } else if (type != RecordType.TEMPLATE || !records.templateInUse(record.id())) {
          finish(begin(record, now), tally);
        }
      }
    }
    return new PurgeSummary(now, tally.purged, tally.held, tally.deliveries, tally.files, finished);
  }

  private PurgeIntent begin(RecordFacts record, Instant now) {
    var intent =
        new PurgeIntent(
            record.subject(),
            record.type(),
            record.id(),
            record.closedAt(),
            periodOf(record).toString(),
            steps.filesOf(record.type(), record.id()),
            now);
    mongo.save(intent);
    return intent;
  }

  private void finish(PurgeIntent intent, Tally tally) {
    PurgeSteps.Removed removed = steps.remove(intent);
    if (auditLog.about(intent.subject()).stream().noneMatch(e -> PURGED.equals(e.action()))) {
      audit.system(
          PURGED,
          intent.subject(),
          "type",
          intent.type().name(),
          "closedAt",
          String.valueOf(intent.closedAt()),
          "schedule",
          intent.schedule(),
          "deliveries",
          String.valueOf(removed.deliveries()),
          "files",
          String.valueOf(removed.files()));
    }
    mongo.remove(intent);
    tally.purged.add(intent.subject());
    tally.deliveries += removed.deliveries();
    tally.files += removed.files();
  }

  /**
   * How long the record is kept: a case by its most serious finding when the configuration names a
   * period for it, everything else by the schedule of its type.
   */
  private java.time.Period periodOf(RecordFacts record) {
    if (record.type() == RecordType.REPORT && !record.findings().isEmpty()) {
      var period = findings.mostSerious(record.findings()).map(byFinding.retentionByFinding()::get);
      if (period.isPresent()) {
        return period.get();
      }
    }
    return schedule.of(record.type());
  }

  private Instant keptUntil(RecordFacts record) {
    return record.closedAt().atOffset(java.time.ZoneOffset.UTC).plus(periodOf(record)).toInstant();
  }

  private boolean held(RecordFacts record) {
    return !holds.keeping(record).isEmpty();
  }

  private static final class Tally {
    final List<String> purged = new ArrayList<>();
    final List<String> held = new ArrayList<>();
    long deliveries;
    long files;
  }
}
