package org.deptbot.core.reports;

import java.time.Instant;

/**
 * A file that goes with a report: a screenshot, a saved page. What handlers, the console, the API
 * and exports get is a cleaned copy (a picture redrawn from its pixels, under a neutral name); the
 * original, with the name it was sent under, is kept only sealed under the department key, and a
 * file that cannot be cleaned is withheld until a custodian reveals it. Both SHA-256 are kept, so
 * anyone can check either was not changed.
 *
 * @param fileId the GridFS id of the cleaned copy (empty when withheld)
 * @param number 1, 2, ... in the order the reporter sent them
 * @param mediaType the cleaned copy's type; when withheld, the type of the original
 * @param size the original's size in bytes
 * @param sha256 the original's SHA-256
 * @param cleanSha256 the cleaned copy's SHA-256; null when the file is withheld
 * @param originalId the GridFS id of the sealed original; null for a file kept before sealing
 */
public record Evidence(
    String fileId,
    int number,
    String mediaType,
    long size,
    String sha256,
    String cleanSha256,
    String originalId,
    Instant at) {

  /** Whether there is no cleaned copy: the file is shown to nobody until it is revealed. */
  public boolean withheld() {
    return cleanSha256 == null;
  }

  /** The neutral name the file goes by, such as {@code R-2026-000042-file-1.png}. */
  public String name(String recordId) {
    String extension =
        switch (mediaType) {
          case "image/png" -> ".png";
          case "image/jpeg" -> ".jpg";
          case "image/gif" -> ".gif";
          case "image/webp" -> ".webp";
          case "application/pdf" -> ".pdf";
          case "video/mp4" -> ".mp4";
          default -> "";
        };
    return recordId + "-file-" + number + extension;
  }
}
