package org.deptbot.core.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bson.Document;

/**
 * Checks an export bundle against its manifest: every listed file is there with the size and
 * SHA-256 the manifest gives, and nothing is there that the manifest does not list. Needs no
 * database; the console's {@code --verify-bundle} runs it on a file.
 *
 * <p>A manifest can only vouch for the files; whether the manifest itself is the one the department
 * wrote shows in the audit log, whose {@code records.exported} entry keeps its SHA-256.
 */
public final class BundleVerifier {

  /** How many problems are reported before the check stops listing them. */
  static final int MAX_PROBLEMS = 20;

  /** The most files a bundle may hold: far more than any export writes. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  /** The most a bundle may expand to, all files together: 4 GiB. */
  public static final long DEFAULT_MAX_BYTES = 4L << 30;

  /** The most the manifest may weigh, the one file read into memory. */
  static final int MAX_MANIFEST = 64 << 20;

  private final int maxEntries;
  private final long maxBytes;

  public BundleVerifier() {
    this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
  }

  /**
   * @param maxEntries the most files a bundle may hold
   * @param maxBytes the most all its files may expand to
   */
  public BundleVerifier(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  private record Seen(long size, String sha256) {}

  /**
   * A bundle beyond the limits (too many files, expanding to too much): refused unchecked, with the
   * reason in plain words as the message.
   */
  public static final class Refused extends IOException {
    Refused(String reason) {
      super(reason);
    }
  }

  /**
   * Checks the bundle in {@code zip} (a ZIP stream), one file at a time: each is hashed as it is
   * read, never held whole (but the manifest).
   *
   * @throws Refused when the bundle holds more files, or expands to more bytes, than the limits: it
   *     may be a ZIP bomb, and is not checked
   */
  public BundleVerification verify(InputStream zip) throws IOException {
    Map<String, Seen> seen = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    byte[] manifest = null;
    long total = 0;
    int entries = 0;
    try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++entries > maxEntries) {
          throw new Refused(
              "the bundle holds more than %d files, more than any export writes"
                  .formatted(maxEntries));
        }
        if (entry.isDirectory()) {
          continue;
        }
        boolean isManifest = BundleWriter.MANIFEST.equals(entry.getName());
        MessageDigest sha = BundleWriter.sha256Digest();
        var kept = isManifest ? new ByteArrayOutputStream() : null;
        byte[] buffer = new byte[64 << 10];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          size += n;
          total += n;
          if (total > maxBytes) {
            throw new Refused(
                "the bundle expands to more than %d bytes, more than any export writes (a ZIP"
                        .formatted(maxBytes)
                    + " bomb?)");
          }
          if (kept != null) {
            if (size > MAX_MANIFEST) {
              throw new Refused(
                  BundleWriter.MANIFEST
                      + " is larger than %d bytes, more than any export writes"
                          .formatted(MAX_MANIFEST));
            }
            kept.write(buffer, 0, n);
          }
          sha.update(buffer, 0, n);
        }
        if (isManifest) {
          manifest = kept.toByteArray();
        } else if (seen.put(entry.getName(), new Seen(size, HexFormat.of().formatHex(sha.digest())))
            != null) {
          problems.add(entry.getName() + " is in the bundle twice");
        }
      }
    }
    if (manifest == null) {
      return new BundleVerification(
          null,
          0,
          null,
          List.of("the bundle has no " + BundleWriter.MANIFEST + " (or is not a ZIP file)"));
    }
    String manifestSha = BundleWriter.sha256(manifest);
    Document parsed;
    List<Document> listed;
    try {
      parsed = Document.parse(new String(manifest, StandardCharsets.UTF_8));
      listed = parsed.getList("files", Document.class);
    } catch (RuntimeException unreadable) {
      parsed = new Document();
      listed = null;
    }
    String exportId = parsed.get("exportId") instanceof String id ? id : null;
    if (listed == null) {
      return new BundleVerification(
          exportId,
          0,
          manifestSha,
          List.of(BundleWriter.MANIFEST + " cannot be read: it has no file list"));
    }
    for (Document file : listed) {
      check(file, seen.remove(file.getString("path")), problems);
    }
    seen.keySet().forEach(path -> problems.add(path + " is in the bundle but not in the manifest"));
    return new BundleVerification(
        exportId,
        listed.size(),
        manifestSha,
        problems.size() <= MAX_PROBLEMS ? problems : problems.subList(0, MAX_PROBLEMS));
  }

  private static void check(Document file, Seen found, List<String> problems) {
    String path = file.getString("path");
    if (found == null) {
      problems.add(path + " is in the manifest but missing from the bundle");
    } else if (!found.sha256().equals(file.getString("sha256"))) {
      problems.add(
          "%s was changed: its SHA-256 is %s, the manifest says %s"
              .formatted(path, found.sha256(), file.getString("sha256")));
    } else if (file.get("size") instanceof Number size && size.longValue() != found.size()) {
      problems.add(
          "%s has %d bytes, the manifest says %d".formatted(path, found.size(), size.longValue()));
    }
  }
}
