package org.deptbot.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class BundleVerifierTest {

  private final BundleVerifier verifier = new BundleVerifier();

  @Test
  void anUntouchedBundleIsIntact() throws IOException {
    byte[] bundle = bundle();

    BundleVerification result = verify(bundle);

    assertThat(result.problems()).isEmpty();
    assertThat(result.intact()).isTrue();
    assertThat(result.files()).isEqualTo(3);
    assertThat(result.manifestSha256()).hasSize(64);
  }

  @Test
  void aZipBombIsRefusedWithItsReasonWithoutBeingReadIntoMemory() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("evidence/R-1/bomb"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(1 << 20);

    var bomb = new ByteArrayInputStream(out.toByteArray());

    assertThatThrownBy(() -> new BundleVerifier(100, 16 << 20).verify(bomb))
        .isInstanceOf(BundleVerifier.Refused.class)
        .hasMessageContaining("expands to more than " + (16 << 20) + " bytes");
  }

  @Test
  void aBundleOfMoreFilesThanTheLimitIsRefusedUnchecked() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 10; i++) {
        zip.putNextEntry(new ZipEntry("f" + i));
        zip.write(i);
        zip.closeEntry();
      }
    }

    var many = new ByteArrayInputStream(out.toByteArray());

    assertThatThrownBy(() -> new BundleVerifier(5, 1 << 20).verify(many))
        .isInstanceOf(BundleVerifier.Refused.class)
        .hasMessageContaining("more than 5 files");
  }

  @Test
  void withinTheLimitsABundleIsCheckedAsBefore() throws IOException {
    assertThat(new BundleVerifier(4, 1 << 20).verify(new ByteArrayInputStream(bundle())).intact())
        .isTrue();
  }

  @Test
  void namesAnEditedFile() throws IOException {
    byte[] edited =
        rewrite(
            bundle(),
            files -> {
              files.put(
                  "records/case/R-1.json",
                  "{\"id\": \"R-1\", \"status\": \"DISMISSED\"}".getBytes(StandardCharsets.UTF_8));
              return files;
            });

    assertThat(verify(edited).problems())
        .singleElement()
        .asString()
        .startsWith("records/case/R-1.json was changed: its SHA-256 is ");
  }

  @Test
  void namesARemovedFile() throws IOException {
    byte[] removed =
        rewrite(
            bundle(),
            files -> {
              files.remove("evidence/R-1/1-abc");
              return files;
            });

    assertThat(verify(removed).problems())
        .containsExactly("evidence/R-1/1-abc is in the manifest but missing from the bundle");
  }

  @Test
  void namesAnAddedFile() throws IOException {
    byte[] added =
        rewrite(
            bundle(),
            files -> {
              files.put("records/case/R-2.json", "{}".getBytes(StandardCharsets.UTF_8));
              return files;
            });

    assertThat(verify(added).problems())
        .containsExactly("records/case/R-2.json is in the bundle but not in the manifest");
  }

  @Test
  void aBundleWithoutManifestOrNotAZipIsNotIntact() throws IOException {
    byte[] noManifest =
        rewrite(
            bundle(),
            files -> {
              files.remove(BundleWriter.MANIFEST);
              return files;
            });

    assertThat(verify(noManifest).problems())
        .containsExactly("the bundle has no manifest.json (or is not a ZIP file)");
    assertThat(verify("not a zip".getBytes(StandardCharsets.UTF_8)).intact()).isFalse();
  }

  private BundleVerification verify(byte[] bundle) throws IOException {
    return verifier.verify(new ByteArrayInputStream(bundle));
  }

  private static byte[] bundle() {
    var out = new ByteArrayOutputStream();
    var writer = new BundleWriter(out, Instant.parse("2026-12-01T09:00:00Z"));
    writer.json("records/case/R-1.json", new Document("id", "R-1").append("status", "RESOLVED"));
    writer.bytes("evidence/R-1/1-abc", new byte[] {1, 2, 3});
    writer.jsonLines("audit/entries.jsonl", java.util.List.of(new Document("seq", 1L)));
    writer.finish(new Document("format", BundleWriter.FORMAT));
    return out.toByteArray();
  }

  /** The bundle's files, changed by {@code change}, zipped again in the same order. */
  private static byte[] rewrite(byte[] bundle, UnaryOperator<Map<String, byte[]>> change)
      throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(bundle))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (var file : change.apply(files).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
