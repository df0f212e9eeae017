package org.deptbot.core.records;

/**
 * The kinds of record the retention schedule, legal holds and exports deal in. Each carries the
 * prefix its audit entries use as subject ({@code case:R-2026-000042}), so a record's audit trail
 * can be found by its id.
 */
public enum RecordType {
  /** A notice with its revisions, its deliveries and its photos. */
  NOTICE("notice"),
  /** A violation report (a case) with its events and evidence files. */
  REPORT("case"),
  /** A public tip with its events and photo. */
  TIP("tip"),
  /** A template version with its approval history. */
  TEMPLATE("template");

  private final String subjectPrefix;

  RecordType(String subjectPrefix) {
    this.subjectPrefix = subjectPrefix;
  }

  /** The audit subject of the record {@code id} of this type: {@code notice:N-2026-000001}. */
  public String subject(String id) {
    return subjectPrefix + ":" + id;
  }

  /** The folder name in an export bundle: {@code notice}, {@code case}, {@code tip}. */
  public String folder() {
    return subjectPrefix;
  }
}
