package org.deptbot.core.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  private record Seen(long size, String sha256) {}

  /** Reads the whole bundle from {@code zip} (a ZIP stream) and checks it. */
  public BundleVerification verify(InputStream zip) throws IOException {
    Map<String, Seen> seen = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    byte[] manifest = null;
    try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        byte[] bytes = in.readAllBytes();
        if (BundleWriter.MANIFEST.equals(entry.getName())) {
          manifest = bytes;
        } else if (seen.put(entry.getName(), new Seen(bytes.length, BundleWriter.sha256(bytes)))
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
