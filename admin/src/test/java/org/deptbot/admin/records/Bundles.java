package org.deptbot.admin.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small export bundles written by hand, as a department's export would be, for the CLI tests. */
final class Bundles {

  private Bundles() {}

  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("records/case/R-2026-000001.json", utf8("{\"id\": \"R-2026-000001\"}\n"));
    files.put("evidence/R-2026-000001/1-abc", new byte[] {1, 2, 3});
    return files;
  }

  /** A bundle whose manifest lists {@code listed}, holding {@code held}. */
  static Path write(Path dir, Map<String, byte[]> listed, Map<String, byte[]> held)
      throws IOException {
    var manifest = new StringBuilder("{\"exportId\": \"E-2026-000009\", \"files\": [");
    String separator = "";
    for (var file : listed.entrySet()) {
      manifest
          .append(separator)
          .append(
              "{\"path\": \"%s\", \"size\": %d, \"sha256\": \"%s\"}"
                  .formatted(file.getKey(), file.getValue().length, sha256(file.getValue())));
      separator = ", ";
    }
    manifest.append("]}");
    Path zip = dir.resolve("export.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        var bundle = new ZipOutputStream(out)) {
      for (var file : held.entrySet()) {
        bundle.putNextEntry(new ZipEntry(file.getKey()));
        bundle.write(file.getValue());
        bundle.closeEntry();
      }
      bundle.putNextEntry(new ZipEntry("manifest.json"));
      bundle.write(utf8(manifest.toString()));
      bundle.closeEntry();
    }
    return zip;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
