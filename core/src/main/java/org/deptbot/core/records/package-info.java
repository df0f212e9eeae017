/**
 * Records (IACP Model Policy IV.A.2.c): what the department posts and receives is a public record,
 * kept by schedule, held for litigation, and produced on request.
 *
 * <ul>
 *   <li>{@link org.deptbot.core.records.RetentionProperties}: how long each kind of closed record
 *       is kept ({@code deptbot.retention.*}); the audit log is kept for good.
 *   <li>{@link org.deptbot.core.records.LegalHolds}: holds on a case, a notice, a staff member's
 *       records or a date range ({@link org.deptbot.core.records.RecordScope}); placed and lifted
 *       with a reason by ADMIN or INTERNAL_AFFAIRS, audited.
 *   <li>{@link org.deptbot.core.records.RetentionPurge}: deletes what is past retention and not
 *       held, audits each deletion, survives being interrupted; the console schedules it daily.
 *   <li>{@link org.deptbot.core.records.RecordsExport}: the e-discovery or public-records ZIP
 *       bundle with a manifest of SHA-256 hashes; {@link org.deptbot.core.records.BundleVerifier}
 *       checks one.
 * </ul>
 *
 * <p>For the console:
 *
 * <pre>{@code
 * LegalHold hold = legalHolds.place(actor, new HoldRequest(RecordScope.ofCase("R-2026-000042"),
 *     "Smith v. City, preservation letter of 2026-12-01"));
 * legalHolds.lift(actor, hold.id(), "case settled");
 * List<LegalHold> inForce = legalHolds.active();
 * ExportReceipt receipt = recordsExport.write(actor,
 *     ExportRequest.of(ExportMode.PUBLIC_RECORDS, "PRR-2026-118", RecordScope.ofNotice("N-2026-000007")),
 *     response.getOutputStream());
 * PurgeSummary summary = retentionPurge.run();
 * }</pre>
 *
 * Refusals: {@link org.deptbot.core.access.NotPermitted} (the role does not allow it), {@link
 * org.deptbot.core.records.HoldRefused} and {@link org.deptbot.core.records.ExportRefused} (a
 * reason or purpose is missing, the hold is unknown or lifted already).
 */
package org.deptbot.core.records;
