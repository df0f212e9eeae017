package org.deptbot.admin.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBundleCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void anIntactBundleExitsWithZeroAndSaysWhatToCompare() throws IOException {
    Path zip = Bundles.write(dir, Bundles.files(), Bundles.files());

    assertThat(run("--verify-bundle", zip.toString())).isZero();
    assertThat(text(out))
        .startsWith("Bundle intact: export.zip holds the 2 files its manifest lists")
        .contains("manifest.json sha256 ")
        .contains("records.exported entry of E-2026-000009 in the audit log");
  }

  @Test
  void anEditedBundleExitsWithOneAndNamesTheFile() throws IOException {
    Map<String, byte[]> held = Bundles.files();
    held.put("evidence/R-2026-000001/1-abc", new byte[] {1, 2, 4});
    Path zip = Bundles.write(dir, Bundles.files(), held);

    assertThat(run("--verify-bundle", zip.toString())).isEqualTo(1);
    assertThat(text(out))
        .startsWith("Bundle BROKEN: export.zip")
        .contains("  - evidence/R-2026-000001/1-abc was changed: its SHA-256 is ");
  }

  @Test
  void withoutAReadableFileItCouldNotCheck() {
    assertThat(run("--verify-bundle")).isEqualTo(2);
    assertThat(text(err)).startsWith("Bundle NOT VERIFIED: name the bundle");

    assertThat(run("--verify-bundle", dir.resolve("missing.zip").toString())).isEqualTo(2);
    assertThat(text(err)).contains("there is no file ");
  }

  @Test
  void aBundleOfMoreFilesThanAnyExportIsRefusedUncheckedWithTheReason() throws IOException {
    Path zip = dir.resolve("bomb.zip");
    try (var out =
        new java.util.zip.ZipOutputStream(
            new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(zip)))) {
      for (int i = 0; i <= org.deptbot.core.records.BundleVerifier.DEFAULT_MAX_ENTRIES; i++) {
        out.putNextEntry(new java.util.zip.ZipEntry("f" + i));
        out.closeEntry();
      }
    }

    assertThat(run("--verify-bundle", zip.toString())).isEqualTo(2);
    assertThat(text(err))
        .startsWith("Bundle NOT VERIFIED: bomb.zip was refused: ")
        .contains("holds more than 100000 files");
    assertThat(text(out)).isEmpty();
  }

  @Test
  void isAskedForOnlyByItsOption() {
    assertThat(VerifyBundleCommand.requested("--verify-bundle", "x.zip")).isTrue();
    assertThat(VerifyBundleCommand.requested("--verify-audit")).isFalse();
  }

  private int run(String... args) {
    return VerifyBundleCommand.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
