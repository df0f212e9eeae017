package org.deptbot.core.testing;

import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;

/** Copies of a stored case with one thing changed, for tests in every module. */
public final class ReportCopies {

  private ReportCopies() {}

  /** The same case, citing {@code clause} instead. */
  public static Report citing(Report r, PolicyClause clause) {
    return new Report(
        r.id(),
        r.intakeKey(),
        r.confidentiality(),
        r.reporterId(),
        r.receiptHash(),
        r.reporterContact(),
        r.links(),
        r.platform(),
        clause,
        r.subjectId(),
        r.subjectText(),
        r.description(),
        r.route(),
        r.status(),
        r.outcome(),
        r.events(),
        r.version(),
        r.handlerToNotify(),
        r.reporterToNotify(),
        r.submittedAt(),
        r.allegations(),
        r.notes());
  }
}
