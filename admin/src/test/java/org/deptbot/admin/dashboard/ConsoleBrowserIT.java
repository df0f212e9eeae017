package org.deptbot.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.deptbot.admin.login.ApiTokens;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in, the dashboard and the account page in a real browser, and a forged post refused. */
@BrowserTest
@ConsoleIntegrationTest
class ConsoleBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired ApiTokens tokens;

  @Test
  void aSupervisorOnAPhoneSignsInAndSeesOnlyWhatConcernsThem() {
    new ConsoleStaff(staff, accounts, encoder).add("cb-200", Role.SUPERVISOR);
    try (var phone = new ConsoleBrowser(port, true)) {
      phone.open("/login");
      phone.screenshot("sign-in");

      phone.signIn("cb-200", ConsoleStaff.PASSWORD);

      phone.waitForText("Your open cases");
      assertThat(phone.text()).doesNotContain("Templates waiting", "Active notices");
      phone.screenshot("dashboard-supervisor-phone");
    }
  }

  @Test
  void aWrongPasswordIsExplainedOnTheSignInPage() {
    new ConsoleStaff(staff, accounts, encoder).add("cb-201", Role.DISPATCHER);
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.open("/login");
      desk.field("username").sendKeys("cb-201");
      desk.field("password").sendKeys("not my password");
      desk.press("Sign in");

      desk.waitForText("do not match");
      desk.screenshot("sign-in-wrong-password");
    }
  }

  @Test
  void aPostForgedWithoutTheFormsTokenIsRejected() {
    new ConsoleStaff(staff, accounts, encoder).add("cb-202", Role.DISPATCHER);
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("cb-202", ConsoleStaff.PASSWORD).open("/account");
      desk.waitForText("API tokens");
      desk.screenshot("account");

      // WHEN a page posts to the console with the member's session but without the CSRF token
      ((org.openqa.selenium.JavascriptExecutor) desk.driver())
          .executeScript(
              "const f = document.createElement('form'); f.method = 'post';"
                  + " f.action = '/account/tokens'; const i = document.createElement('input');"
                  + " i.name = 'label'; i.value = 'forged'; f.appendChild(i);"
                  + " document.body.appendChild(f); f.submit();");

      // THEN the console refuses it and makes nothing
      desk.browser()
          .waitUntil(
              org.openqa.selenium.support.ui.ExpectedConditions.not(
                  org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(
                      "http://127.0.0.1:" + port + "/account")));
      desk.screenshot("forged-post-refused");
      assertThat(tokens.of("cb-202")).isEmpty();

      // AND the same request through the real form works
      desk.open("/account");
      desk.field("label").sendKeys("reporting script");
      desk.press("Make a token");
      desk.waitForText("will not be shown again");
      assertThat(tokens.of("cb-202"))
          .singleElement()
          .extracting(t -> t.label())
          .isEqualTo("reporting script");
    }
  }
}
