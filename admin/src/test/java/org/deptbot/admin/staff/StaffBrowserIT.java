package org.deptbot.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator on a phone looks after a member; screenshots of each staff and channel page. */
@BrowserTest
@ConsoleIntegrationTest
class StaffBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Channels channels;
  @Autowired org.deptbot.core.audit.AuditLog audit;

  @Test
  void anAdminOnAPhoneFindsAMemberIssuesACodeAndResetsTheirPassword() {
    new ConsoleStaff(staff, accounts, encoder).add("sb-admin", Role.ADMIN);
    staff.save(
        new StaffMember("sb-100", "Officer Wren Adair", Set.of(Role.EMPLOYEE), "sb-admin", true));
    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("sb-admin", ConsoleStaff.PASSWORD).open("/staff");
      phone.field("q").sendKeys("wren");
      phone.press("Find");
      phone.waitForText("1 found");
      phone.screenshot("staff-directory-phone");

      phone.press("Officer Wren Adair");
      phone.waitForText("Console sign-in");
      phone.screenshot("staff-member-phone");

      phone.press("Issue an enrollment code");
      phone.waitForText("it is shown only once");
      String code = phone.driver().findElement(By.cssSelector("#new-code pre")).getText();
      assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
      assertThat(phone.driver().findElement(By.id("new-code")).getText())
          .as("the code's expiry carries the department's zone")
          .containsPattern("before [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}, \\d{2}:\\d{2} UTC");
      phone.screenshot("staff-member-code-issued-phone");

      phone.press("Set a one-time password");
      phone.waitForText("They must choose their own when they sign in");
      assertThat(accounts.byId("sb-100").orElseThrow().mustChangePassword()).isTrue();
      phone.screenshot("staff-member-password-reset-phone");
      assertThat(phone.text())
          .as(
              "roles in words, not enum codes (other tests' members named after codes may be listed)")
          .contains("Roles\nEmployee")
          .doesNotContain("Roles\nEMPLOYEE");

      // deactivating asks first, on a page of its own, and takes a reason
      phone.press("Deactivate…");
      phone.waitForText("Deactivate Officer Wren Adair?");
      assertThat(phone.text()).contains("open cases go to the next handler up", "No, go back");
      phone.screenshot("staff-member-deactivate-confirm-phone");
      phone.field("reason").sendKeys("Transferred to the county sheriff");
      phone.press("Yes, deactivate Officer Wren Adair");
      phone.waitForText("Deactivated.");
      phone.screenshot("staff-member-deactivated-phone");
    }
    assertThat(staff.byId("sb-100").orElseThrow().active()).isFalse();
    assertThat(audit.about("staff:sb-100"))
        .filteredOn(e -> e.action().equals("staff.deactivated"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("sb-admin");
              assertThat(e.details()).containsEntry("reason", "Transferred to the county sheriff");
            });
  }

  @Test
  void theImportPreviewAndTheChannelsPageOnADesk() {
    new ConsoleStaff(staff, accounts, encoder).add("sb-desk", Role.ADMIN);
    channels.save(
        new Channel(
            "sb-alerts",
            ChatPlatform.TELEGRAM,
            "-1001000000009",
            "Alerts",
            Set.of(NoticeCategory.ROAD_CLOSURE, NoticeCategory.MISSING_PERSON)));
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("sb-desk", ConsoleStaff.PASSWORD).open("/staff/import");
      desk.field("text")
          .sendKeys(
              "id,name,roles,supervisor\nsb-200,Officer New,EMPLOYEE,sb-desk\nsb-201,Bad,CAPTAIN,\n");
      desk.press("Check and preview");
      desk.waitForText("line 3: role 'CAPTAIN' is not known");
      desk.screenshot("staff-import-problems");

      desk.open("/channels");
      desk.waitForText("Where each category goes");
      assertThat(desk.text())
          .as("categories and platforms by name, not by code")
          .contains("Road closure", "Missing person", "Crime prevention tip", "Telegram")
          .doesNotContain("ROAD_CLOSURE", "CRIME_PREVENTION_TIP", "TELEGRAM");
      desk.screenshot("channels");
    }
  }
}
