package org.deptbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.deptbot.admin.storage.MongoUnreachable;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.StaffFixtures;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdminApplicationIT {

  @Test
  void sharesTheDatabaseTheBotWrites() {
    // GIVEN the bot's database has a member
    String database = TestMongo.newDatabaseName();
    new StaffMembers(TestMongo.database(database)).save(StaffFixtures.member("s-060", Role.ADMIN));

    // WHEN the console starts on it, THEN it reads the same roster
    try (var admin = start(TestMongo.connectionString(), database)) {
      assertThat(admin.getBean(StaffMembers.class).byId("s-060"))
          .map(StaffMember::name)
          .isPresent();
    }
  }

  @Test
  void saysToStartTheBotWhenNoDatabaseAnswers(CapturedOutput output) throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(() -> start("mongodb://127.0.0.1:" + closedPort, "deptbot").close())
        .hasRootCauseInstanceOf(com.mongodb.MongoTimeoutException.class)
        .satisfies(e -> assertThat(causeOf(e)).hasMessageContaining("127.0.0.1:" + closedPort));
    assertThat(output).contains("Start the bot first").contains("MONGODB_URI");
  }

  private static org.springframework.context.ConfigurableApplicationContext start(
      String uri, String database) {
    return new SpringApplication(AdminApplication.class)
        .run(
            "--spring.data.mongodb.uri=" + uri,
            "--spring.data.mongodb.database=" + database,
            "--deptbot.storage.server-selection-timeout=1s",
            "--server.port=0");
  }

  private static Throwable causeOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MongoUnreachable) {
        return t;
      }
    }
    throw new AssertionError("no MongoUnreachable in " + e);
  }
}
