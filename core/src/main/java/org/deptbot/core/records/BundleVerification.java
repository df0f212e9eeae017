package org.deptbot.core.records;

import java.util.List;

/**
 * The result of checking a bundle against its manifest.
 *
 * @param exportId the export's number as the manifest gives it, or null
 * @param files how many files the manifest lists
 * @param manifestSha256 the SHA-256 of the bundle's manifest, to compare with the {@code
 *     records.exported} entry in the audit log; null if there is no manifest
 * @param problems the first problems found, in plain words; empty if the bundle is intact
 */
public record BundleVerification(
    String exportId, int files, String manifestSha256, List<String> problems) {

  public BundleVerification {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
