package org.deptbot.admin.audit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.deptbot.admin.AdminApplication;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

class VerifyAuditCommandIT {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String database;
  private AuditLog auditLog;

  @BeforeEach
  void setUp() {
    database = TestMongo.newDatabaseName();
    auditLog = new AuditLog(TestMongo.database(database), Clock.systemUTC());
  }

  @Test
  void reportsAnIntactChainWithoutStartingTheWebServer() throws IOException {
    appendThree();
    String head = auditLog.head().orElseThrow().hash();

    // GIVEN the console's port is taken, so a web server could not start
    try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int code = verify("--server.port=" + taken.getLocalPort());

      assertThat(code).isZero();
    }
    assertThat(text(out)).startsWith("Audit log intact: 3 entries, head sha256 " + head);
  }

  @Test
  void reportsWhereTheChainBreaks() {
    appendThree();
    TestMongo.database(database)
        .getCollection("audit")
        .updateOne(eq("_id", 2L), Updates.set("actor", "s-999"));

    assertThat(verify()).isEqualTo(1);
    assertThat(text(out))
        .isEqualTo(
            "Audit log BROKEN at entry 2: the entry was changed after it was written"
                + System.lineSeparator());
  }

  @Test
  void saysItCouldNotCheckWhenNoDatabaseAnswers() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    int code =
        VerifyAuditCommand.run(
            new SpringApplication(AdminApplication.class),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "--verify-audit",
            "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + closedPort,
            "--deptbot.storage.server-selection-timeout=1s");

    assertThat(code).isEqualTo(2);
    assertThat(text(out)).isEmpty();
    assertThat(text(err))
        .startsWith(
            "Audit log NOT VERIFIED: The admin console cannot reach MongoDB at 127.0.0.1:"
                + closedPort);
  }

  @Test
  void thePackagedJarExitsWithOneOnABrokenChain() throws Exception {
    Path jar = Path.of("target", "deptbot-admin.jar");
    Assumptions.assumeTrue(Files.exists(jar), "run through Maven: needs the packaged jar");
    appendThree();
    TestMongo.database(database).getCollection("audit").deleteOne(eq("_id", 2L));

    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--verify-audit",
                "--spring.data.mongodb.uri=" + TestMongo.connectionString(),
                "--spring.data.mongodb.database=" + database)
            .redirectErrorStream(true)
            .start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains("Audit log BROKEN at entry 2: the entry is missing");
  }

  private int verify(String... more) {
    String[] args = {
      "--verify-audit",
      "--spring.data.mongodb.uri=" + TestMongo.connectionString(),
      "--spring.data.mongodb.database=" + database
    };
    String[] all =
        java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
            .toArray(String[]::new);
    return VerifyAuditCommand.run(
        new SpringApplication(AdminApplication.class),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        all);
  }

  private void appendThree() {
    for (int i = 1; i <= 3; i++) {
      auditLog.append(
          AuditRecord.of("s-001", AuditChannel.CONSOLE, "template.approved", "template:T-" + i));
    }
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
