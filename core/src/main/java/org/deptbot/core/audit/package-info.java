/**
 * The tamper-evident audit log: every state change and every view of confidential data, append-only
 * and hash-chained (SHA-256), with a verifier that finds the first broken or missing link and an
 * anchor that writes the chain head to the log output.
 *
 * <p>A feature records an entry right after its own change was stored:
 *
 * <pre>{@code
 * auditLog.append(
 *     AuditRecord.of(staffId, AuditChannel.of(platform), "template.approved",
 *             "template:" + template.id())
 *         .with("version", String.valueOf(version)));
 * }</pre>
 *
 * <ul>
 *   <li>{@code actor}: the staff id, or {@link org.deptbot.core.audit.AuditRecord#PUBLIC} / {@link
 *       org.deptbot.core.audit.AuditRecord#SYSTEM}. Never record who an anonymous reporter or
 *       tipster is: pass only what may be kept for years and shown in an export.
 *   <li>{@code action}: {@code <record>.<past-tense verb>}: {@code notice.issued}, {@code
 *       case.viewed}.
 *   <li>{@code subject}: {@code <record type>:<id>}; {@link
 *       org.deptbot.core.audit.AuditLog#about(String)} finds a record's entries by it.
 *   <li>{@code details}: a few short facts (version, new status), never document bodies.
 * </ul>
 *
 * <p>There are no multi-document transactions, so the change and its audit entry are two writes:
 * store the change first, then append, so the log never records a change that did not happen. If
 * the append fails ({@link org.deptbot.core.audit.AuditLogBusy}, MongoDB gone) the change stands
 * unaudited: let the exception reach the edge, where it is logged, rather than swallow it.
 *
 * <p>Verification: {@link org.deptbot.core.audit.ChainVerifier#verify()}; the console's {@code
 * --verify-audit} option runs it from the command line. {@link
 * org.deptbot.core.audit.AuditAnchor#anchor()} writes the head to the log output, which is what
 * shows entries cut off the end of the chain.
 */
package org.deptbot.core.audit;
