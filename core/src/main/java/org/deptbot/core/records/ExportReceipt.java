package org.deptbot.core.records;

import java.util.List;

/**
 * What an export wrote, for the console to show and keep.
 *
 * @param exportId the export's number, such as {@code E-2026-000007}, also in its audit entry
 * @param manifestSha256 the SHA-256 of the bundle's {@code manifest.json}, also in the audit entry:
 *     whoever holds the bundle can check its manifest is the one written
 * @param records how many records it holds
 * @param files how many files it holds, besides the manifest
 * @param notFound the case and notice numbers asked for that are not stored (purged, or never
 *     existed)
 * @param leftOut how many selected cases and tips the exporter may not read, and so are not in it
 */
public record ExportReceipt(
    String exportId,
    String manifestSha256,
    int records,
    int files,
    List<String> notFound,
    int leftOut) {}
