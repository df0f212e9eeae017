package org.deptbot.core.reports;

import java.time.Instant;

/**
 * A file that goes with a report: a screenshot, a saved page. Kept as bytes in MongoDB (GridFS),
 * because platform links expire, with its SHA-256 so anyone can check it was not changed.
 *
 * @param fileId the GridFS id
 * @param number 1, 2, ... in the order the reporter sent them
 */
public record Evidence(
    String fileId,
    int number,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    Instant at) {}
