package org.deptbot.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A sergeant on a phone opens a case from the queue and acknowledges it, in headless Chromium. */
@BrowserTest
@ConsoleIntegrationTest
class CasesBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Reports reports;
  @Autowired Clock clock;

  @Test
  void aSergeantOpensACaseFromTheQueueAndAcknowledgesIt() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("cbr-1", Role.SUPERVISOR);
    people.add("cbr-2", "cbr-1", Role.EMPLOYEE);
    reports.submit(
        CaseFixtures.confidential(
            "R-2026-200001", "cbr-2", null, "cbr-1", clock.instant().minus(Duration.ofHours(26))));

    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("cbr-1", ConsoleStaff.PASSWORD).open("/cases");
      phone.waitForText("R-2026-200001");
      assertThat(phone.text()).contains("over 24 h");
      phone.screenshot("cases-queue-phone");

      phone.press("R-2026-200001");
      phone.waitForText("Routed to Member cbr-1, the reporter’s supervisor.");
      phone.screenshot("case-phone");

      phone.press("Acknowledge");
      phone.waitForText("R-2026-200001 is acknowledged");
      phone.screenshot("case-acknowledged-phone");
    }
    assertThat(reports.byId("R-2026-200001").orElseThrow().status())
        .isEqualTo(CaseStatus.ACKNOWLEDGED);
  }
}
