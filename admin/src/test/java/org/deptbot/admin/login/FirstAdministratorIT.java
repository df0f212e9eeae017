package org.deptbot.admin.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.StaffFixtures;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT {

  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final StaffMembers staff = new StaffMembers(mongo);
  private final ConsoleAccounts accounts = new ConsoleAccounts(mongo);
  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

  @Test
  void aNewConsolePrintsAOneTimePasswordThatMustBeReplaced(CapturedOutput output) {
    first("").run(new DefaultApplicationArguments());

    Matcher printed = Pattern.compile("one-time password (\\S+)").matcher(output.getOut());
    assertThat(printed.find()).isTrue();
    ConsoleAccount admin = accounts.byId("admin").orElseThrow();
    assertThat(encoder.matches(printed.group(1), admin.passwordHash())).isTrue();
    assertThat(admin.mustChangePassword()).isTrue();
    assertThat(staff.byId("admin").orElseThrow().acts(Role.ADMIN)).isTrue();
  }

  @Test
  void theBootstrapPasswordIsUsedWhenSetAndNeverPrinted(CapturedOutput output) {
    first("from the environment").run(new DefaultApplicationArguments());

    assertThat(
            encoder.matches(
                "from the environment", accounts.byId("admin").orElseThrow().passwordHash()))
        .isTrue();
    assertThat(output.getOut()).doesNotContain("from the environment");
  }

  @Test
  void nothingIsCreatedWhenAnAdministratorCanAlreadySignIn(CapturedOutput output) {
    staff.save(StaffFixtures.member("s-900", Role.ADMIN));
    accounts.setPassword("s-900", encoder.encode("theirs"), false);

    first("").run(new DefaultApplicationArguments());

    assertThat(accounts.byId("admin")).isEmpty();
    assertThat(staff.byId("admin")).isEmpty();
    assertThat(output.getOut()).doesNotContain("one-time password");
  }

  @Test
  void aDeactivatedAdministratorDoesNotCount() {
    staff.save(StaffFixtures.member("s-901", Role.ADMIN).deactivated());
    accounts.setPassword("s-901", encoder.encode("theirs"), false);

    first("").run(new DefaultApplicationArguments());

    assertThat(accounts.byId("admin")).isPresent();
  }

  private FirstAdministrator first(String bootstrapPassword) {
    return new FirstAdministrator(
        staff,
        accounts,
        encoder,
        new ConsoleProperties(bootstrapPassword, 5, Duration.ofMinutes(15), "sub"),
        new AuditTrail(new AuditLog(mongo, Clock.systemUTC())));
  }
}
