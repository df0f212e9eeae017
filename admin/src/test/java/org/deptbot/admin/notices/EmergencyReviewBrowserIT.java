package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.access.Actor;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An approver on a phone cancels an emergency issue from {@code /reviews}: asked first for a public
 * reason and why, told when one is missing, and the notice is cancelled once. Each page is saved as
 * a screenshot.
 */
@BrowserTest
@ConsoleIntegrationTest
class EmergencyReviewBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired NoticeDesk desk;
  @Autowired Notices notices;

  @Test
  void anApproverOnAPhoneCancelsAnEmergencyIssueWithAPublicReason() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("erb-sup", Role.DISPATCH_SUPERVISOR);
    people.add("erb-app", Role.APPROVER);
    Notice notice =
        ((NoticeOutcome.Stored)
                desk.emergencyIssue(
                    Actor.staff(staff.byId("erb-sup").orElseThrow(), null),
                    new NoticeDesk.EmergencyIssue(
                        "erb-draft-1",
                        NoticeCategory.WEATHER_EMERGENCY,
                        Severity.SEVERE,
                        "Shelter in place near Elm St until further notice.",
                        "Chemical leak; no template fits",
                        List.of("tg-alerts"),
                        NoticeMode.LIVE,
                        List.of(),
                        false)))
            .notice();

    try (var phone = new ConsoleBrowser(port, true)) {
      // GIVEN the approver opens the reviews on a phone
      phone.signIn("erb-app", ConsoleStaff.PASSWORD).open("/reviews");
      phone.waitForText("Shelter in place near Elm St");
      Object fits =
          ((JavascriptExecutor) phone.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
      assertThat(fits).as("nothing wider than a phone's screen").isEqualTo(Boolean.TRUE);
      phone.screenshot("reviews-phone");

      // WHEN they cancel it without a public reason THEN they are told, and nothing changes
      // (the console's shared test database may hold other tests' emergency issues: this one's
      // card)
      phone
          .driver()
          .findElement(By.cssSelector("#review-" + notice.id() + " button.danger"))
          .click();
      phone.waitForText("Public reason, shown on every post");
      phone.screenshot("review-cancel-phone");
      phone.field("reason").sendKeys("Leak contained by the fire department");
      phone.press("Yes, cancel " + notice.id());
      phone.waitForText("Please give a short public reason");
      assertThat(notices.byId(notice.id()).orElseThrow().status().active()).isTrue();

      // WHEN they give it THEN it is cancelled and the page says so
      phone.field("note").sendKeys("All clear: the leak is contained.");
      phone.press("Yes, cancel " + notice.id());
      phone.waitForText(notice.id() + " is cancelled");
      phone.screenshot("review-cancelled-phone");
    }
    Notice after = notices.byId(notice.id()).orElseThrow();
    assertThat(after.status().active()).isFalse();
    assertThat(after.latest().note()).isEqualTo("All clear: the leak is contained.");
    assertThat(after.emergency().reviewedBy()).isEqualTo("erb-app");
  }
}
