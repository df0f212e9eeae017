package org.deptbot.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.BrowserTest;
import org.deptbot.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Internal affairs picks a period on the figures page and downloads it, in headless Chromium, at a
 * desk and on a phone. Its cases are in 2032, a year no other console test uses: six acknowledged 1
 * to 6 hours after they came in, in June, and one in December.
 */
@BrowserTest
@ConsoleIntegrationTest
class FiguresBrowserIT {

  private static final Instant JUNE = Instant.parse("2032-06-01T14:00:00Z");

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Reports reports;

  @Test
  void internalAffairsPicksAPeriodAndSeesItsFiguresWithSmallCountsWithheld() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("fb-1", Role.INTERNAL_AFFAIRS);
    people.add("fb-2", Role.SUPERVISOR);
    people.add("fb-3", "fb-2", Role.EMPLOYEE);
    for (int i = 1; i <= 6; i++) {
      Report r = CaseFixtures.confidential("R-2032-%06d".formatted(i), "fb-3", null, "fb-2", JUNE);
      stored(r.acknowledge("fb-2", JUNE.plusSeconds(3600L * i)));
    }
    stored(
        CaseFixtures.confidential(
            "R-2032-000007", "fb-3", null, "fb-2", Instant.parse("2032-12-10T14:00:00Z")));

    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("fb-1", ConsoleStaff.PASSWORD).open("/");
      desk.press("Figures");
      desk.waitForText("Case figures");

      // the period picker: the whole of 2032, then June alone
      pick(desk, "2032-01-01", "2032-12-31");
      desk.waitForText("Cases submitted from 2032-01-01 to 2032-12-31");
      assertThat(desk.rowWith("Cases submitted")).contains("7");
      assertThat(desk.rowWith("To acknowledge")).contains("6", "3 h", "6 h");
      assertThat(desk.text()).contains("Days run from midnight to midnight in UTC.");
      desk.screenshot("figures");

      pick(desk, "2032-12-01", "2032-12-31");
      desk.waitForText("Cases submitted from 2032-12-01 to 2032-12-31");
      assertThat(desk.rowWith("Cases submitted")).contains("fewer than 5").doesNotContain(" 1");
      assertThat(desk.rowWith("To acknowledge")).contains("0", "not shown");
      assertThat(desk.field("csv").getAttribute("href"))
          .endsWith("/figures.csv?from=2032-12-01&to=2032-12-31");
      desk.screenshot("figures-small-counts");
    }
    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("fb-1", ConsoleStaff.PASSWORD).open("/figures?from=2032-01-01&to=2032-12-31");
      phone.waitForText("Case figures");
      Object fits =
          ((JavascriptExecutor) phone.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
      assertThat(fits).as("nothing wider than a phone's screen").isEqualTo(Boolean.TRUE);
      phone.screenshot("figures-phone");
    }
    try (var supervisor = new ConsoleBrowser(port, false)) {
      supervisor.signIn("fb-2", ConsoleStaff.PASSWORD).open("/");
      assertThat(supervisor.driver().findElements(By.linkText("Figures"))).isEmpty();
      supervisor.open("/figures");
      assertThat(supervisor.text()).doesNotContain("Case figures", "Cases submitted");
    }
  }

  /** Types the days as a browser's date picker sets them, then presses Show. */
  private static void pick(ConsoleBrowser desk, String from, String to) {
    JavascriptExecutor js = (JavascriptExecutor) desk.driver();
    js.executeScript("arguments[0].value = arguments[1];", desk.field("from"), from);
    js.executeScript("arguments[0].value = arguments[1];", desk.field("to"), to);
    desk.press("Show");
  }

  private void stored(Report r) {
    if (reports.byId(r.id()).isEmpty()) {
      reports.submit(r);
    }
  }
}
