package org.deptbot.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Urgency;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A sergeant on a phone opens a case from the queue and acknowledges it; an urgent case says by
 * when to acknowledge it, in the queue and on its page. In headless Chromium.
 */
@BrowserTest
@ConsoleIntegrationTest
class CasesBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Reports reports;
  @Autowired Clock clock;
  @Autowired ProvisionDeadlines deadlines;
  @Autowired TimeShown times;

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

  @Test
  void anUrgentCaseSaysByWhenToAcknowledgeItInTheQueueAndOnItsPage() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("cbu-1", Role.SUPERVISOR);
    people.add("cbu-2", "cbu-1", Role.EMPLOYEE);
    // the shared database: other console tests' cases cite other provisions
    deadlines.set(
        new Urgency(
            Map.of(
                PolicyClause.UNDERCOVER_OFFICER, Urgency.AckDeadline.within(Duration.ofHours(1)))));
    Instant at = clock.instant().minus(Duration.ofMinutes(10));
    reports.submit(
        CaseFixtures.citing(
            CaseFixtures.confidential("R-2026-200101", "cbu-2", null, "cbu-1", at),
            PolicyClause.UNDERCOVER_OFFICER));
    reports.submit(CaseFixtures.confidential("R-2026-200102", "cbu-2", null, "cbu-1", at));
    String by = "Urgent: acknowledge by " + times.deadline(at.plus(Duration.ofHours(1)));

    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("cbu-1", ConsoleStaff.PASSWORD).open("/cases");
      desk.waitForText("R-2026-200102");
      assertThat(desk.rowWith("R-2026-200101")).contains(by);
      assertThat(desk.rowWith("R-2026-200102")).doesNotContain("Urgent");
      desk.screenshot("cases-queue-urgent");

      desk.press("R-2026-200101");
      desk.waitForText(by);
      desk.screenshot("case-urgent");

      desk.press("Acknowledge");
      desk.waitForText("R-2026-200101 is acknowledged");
      assertThat(desk.text()).contains("Urgent").doesNotContain("acknowledge by");
    }
  }
}
