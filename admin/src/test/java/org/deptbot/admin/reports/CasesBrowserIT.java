package org.deptbot.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.testing.BrowserTest;
import org.deptbot.core.testing.CaseFixtures;
import org.deptbot.core.testing.ReportCopies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A sergeant opens a case from the queue and acts on it, in headless Chromium: acknowledging at
 * once, escalating and assigning only after a confirmation that names the new handler and takes a
 * reason. An urgent case says by when to acknowledge it, in the queue and on its page.
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
  @Autowired AuditLog audit;

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
        new CaseUrgency(
            Map.of(
                PolicyClause.UNDERCOVER_OFFICER,
                CaseUrgency.AckDeadline.within(Duration.ofHours(1)))));
    Instant at = clock.instant().minus(Duration.ofMinutes(10));
    reports.submit(
        ReportCopies.citing(
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

  @Test
  void aSergeantOnAPhoneEscalatesACaseAfterSeeingWhoGetsItAndSayingWhy() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    staff.save(new StaffMember("cbr-10", "Lt. Dana Cruz", Set.of(Role.SUPERVISOR), null, true));
    people.add("cbr-11", "cbr-10", Role.SUPERVISOR);
    people.add("cbr-12", "cbr-11", Role.EMPLOYEE);
    reports.submit(
        CaseFixtures.confidential("R-2026-200002", "cbr-12", null, "cbr-11", clock.instant()));

    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("cbr-11", ConsoleStaff.PASSWORD).open("/cases/R-2026-200002");
      phone.press("Escalate one level up");
      phone.waitForText("Escalate R-2026-200002 to Lt. Dana Cruz?");
      assertThat(phone.text())
          .contains(
              "Lt. Dana Cruz becomes the handler of R-2026-200002 and is sent the case, with your"
                  + " reason.",
              "No, go back");
      phone.screenshot("case-escalate-confirm-phone");

      // spaces are no reason: the step comes back saying so, and nothing moves
      phone.field("reason").sendKeys("   ");
      phone.press("Yes, escalate to Lt. Dana Cruz");
      phone.waitForText("Please say why before going ahead. Nothing has changed yet.");
      phone.screenshot("case-escalate-no-reason-phone");
      Report unchanged = reports.byId("R-2026-200002").orElseThrow();
      assertThat(unchanged.handlerId()).isEqualTo("cbr-11");
      assertThat(unchanged.status()).isEqualTo(CaseStatus.NEW);

      phone.field("reason").sendKeys("The account belongs to a lieutenant's relative");
      phone.press("Yes, escalate to Lt. Dana Cruz");
      phone.waitForText("R-2026-200002 is now with Lt. Dana Cruz, who is sent the case.");
      assertThat(handler(phone)).as("the page names the new handler").isEqualTo("Lt. Dana Cruz");
      assertThat(phone.text())
          .as("the sergeant no longer has the buttons")
          .doesNotContain("Escalate one level up");
      phone.screenshot("case-escalated-phone");
    }
    Report escalated = reports.byId("R-2026-200002").orElseThrow();
    assertThat(escalated.handlerId()).isEqualTo("cbr-10");
    assertThat(audit.about("case:R-2026-200002"))
        .filteredOn(e -> e.action().equals("case.escalated"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("cbr-11");
              assertThat(e.details())
                  .containsEntry("reason", "The account belongs to a lieutenant's relative");
            });
  }

  @Test
  void aSergeantAtADeskAssignsACaseToAColleagueNamedOnTheConfirmation() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("cbr-20", Role.SUPERVISOR);
    staff.save(new StaffMember("cbr-21", "Sgt. Lee Park", Set.of(Role.SUPERVISOR), null, true));
    people.add("cbr-22", "cbr-20", Role.EMPLOYEE);
    reports.submit(
        CaseFixtures.confidential("R-2026-200003", "cbr-22", null, "cbr-20", clock.instant()));

    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("cbr-20", ConsoleStaff.PASSWORD).open("/cases/R-2026-200003");
      new Select(desk.field("to")).selectByValue("cbr-21");
      desk.press("Assign");
      desk.waitForText("Assign R-2026-200003 to Sgt. Lee Park?");
      assertThat(desk.text())
          .contains("from then on only Sgt. Lee Park can act on it", "Why? (required");
      desk.screenshot("case-assign-confirm");

      desk.field("reason").sendKeys("Sgt. Park runs the social media unit");
      desk.press("Yes, assign to Sgt. Lee Park");
      desk.waitForText("R-2026-200003 is now with Sgt. Lee Park, who is sent the case.");
      assertThat(handler(desk)).isEqualTo("Sgt. Lee Park");
      desk.screenshot("case-assigned");
    }
    Report assigned = reports.byId("R-2026-200003").orElseThrow();
    assertThat(assigned.handlerId()).isEqualTo("cbr-21");
    assertThat(assigned.events().get(assigned.events().size() - 1).note())
        .isEqualTo("Sgt. Park runs the social media unit");
    assertThat(audit.about("case:R-2026-200003"))
        .filteredOn(e -> e.action().equals("case.assigned"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("reason", "Sgt. Park runs the social media unit"));
  }

  /** What the case page says under Handler. */
  private static String handler(ConsoleBrowser browser) {
    return browser
        .driver()
        .findElement(By.xpath("//dt[normalize-space(.)='Handler']/following-sibling::dd[1]"))
        .getText();
  }
}
