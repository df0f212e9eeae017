package org.deptbot.core.records;

/** What an export bundle is for, which decides what it leaves out. */
public enum ExportMode {
  /**
   * For litigation and internal review: every record as stored, with its evidence. Anonymous
   * reporters' and tipsters' chat accounts stay sealed as stored, and the keyed hashes that would
   * link their reports are left out.
   */
  E_DISCOVERY,
  /**
   * For a public records request: as {@link #E_DISCOVERY}, with confidential fields redacted
   * (reporters' identities, tipsters' contacts, subscribers' chat accounts, the details and photos
   * of missing or endangered persons once found) and evidence files and tip photos withheld. Every
   * redaction and withheld file is listed in the manifest, without its value.
   */
  PUBLIC_RECORDS
}
