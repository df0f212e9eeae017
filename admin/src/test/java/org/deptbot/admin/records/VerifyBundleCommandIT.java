package org.deptbot.admin.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBundleCommandIT {

  @TempDir Path dir;

  @Test
  void thePackagedJarChecksABundleWithoutADatabase() throws Exception {
    Path jar = Path.of("target", "deptbot-admin.jar");
    Assumptions.assumeTrue(Files.exists(jar), "run through Maven: needs the packaged jar");
    Map<String, byte[]> held = Bundles.files();
    held.put("notes.txt", Bundles.utf8("added later"));
    Path zip = Bundles.write(dir, Bundles.files(), held);

    // GIVEN no database anywhere near: the check must not try to reach one
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--verify-bundle",
                zip.toString(),
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:1")
            .redirectErrorStream(true)
            .start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(output).isEqualTo(1);
    assertThat(output)
        .startsWith("Bundle BROKEN: export.zip")
        .contains("notes.txt is in the bundle but not in the manifest");
  }
}
