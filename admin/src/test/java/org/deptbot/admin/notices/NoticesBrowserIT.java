package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole way from wording to post in a real browser, on a phone: an approver drafts a template
 * and submits it, another approver approves it, a dispatcher issues a notice from it and watches it
 * go out. Each page is saved as a screenshot.
 */
@BrowserTest
@ConsoleIntegrationTest
class NoticesBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;
  @Autowired Deliveries deliveries;
  @Autowired DeliveryPlanner planner;

  @Test
  void anApproverWritesATemplateAnotherApprovesItAndADispatcherIssuesANoticeFromIt() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("nb-author", Role.APPROVER);
    people.add("nb-approver", Role.APPROVER);
    people.add("nb-disp", Role.DISPATCHER);
    new TemplateFixtures(templates, channels).channel("nb-alerts");

    // GIVEN an approver drafts a template on their phone, previews it and submits it
    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("nb-author", ConsoleStaff.PASSWORD).open("/templates/new");
      phone.field("key").sendKeys("nb_closure");
      phone.field("title").sendKeys("Road closed: {{street}}");
      phone.field("body").sendKeys("{{street}} is closed until {{until}}.");
      phone
          .field("variables")
          .sendKeys(
              "street | Street | LOCATION | required | 0 | | Elm St at 4th\n"
                  + "until | Until | TEXT | required | 0 | | the end of the parade");
      phone.press("Preview");
      phone.waitForText("Elm St at 4th is closed until the end of the parade.");
      phone.screenshot("template-form-preview-phone");
      phone.press("Save draft");
      phone.waitForText("is saved as a draft");
      phone.screenshot("template-draft-phone");
      phone.press("Submit for approval");
      phone.waitForText("is waiting for an approver");
      assertThat(phone.text()).contains("another approver must approve it");
      phone.screenshot("template-pending-author-phone");
    }

    // WHEN another approver approves it
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("nb-approver", ConsoleStaff.PASSWORD).open("/templates");
      desk.waitForText("Waiting for approval");
      desk.screenshot("templates-list");
      desk.open("/templates/nb_closure:v1");
      desk.screenshot("template-review");
      desk.press("Approve");
      desk.waitForText("is approved");
      desk.screenshot("template-approved");
    }
    assertThat(templates.byId("nb_closure:v1").orElseThrow().status())
        .isEqualTo(TemplateStatus.APPROVED);

    // THEN a dispatcher issues a notice from it and sees where it went
    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("nb-disp", ConsoleStaff.PASSWORD).open("/notices/new");
      phone.screenshot("notice-pick-phone");
      phone.press("Road closed: {{street}}");
      phone.field("v-street").sendKeys("Main St at 5th Ave");
      phone.field("v-until").sendKeys("18:00");
      phone.screenshot("notice-form-phone");
      phone.press("Preview");
      phone.waitForText("Road closed: Main St at 5th Ave");
      phone.screenshot("notice-preview-phone");
      phone.press("Issue live notice");
      phone.waitForText("is issued");
      String id = phone.driver().getCurrentUrl().replaceAll(".*/notices/", "");
      phone.screenshot("notice-issued-phone");

      // AND the bot picks it up and posts it (its planner and a delivery done here)
      planner.planPending();
      Delivery post = deliveries.ofRevision(id, 1).get(0);
      deliveries.claim(post.id(), "test", Instant.now(), Duration.ofMinutes(1));
      deliveries.sent(post.id(), "42", 1, Instant.now());
      phone.open("/notices/" + id);
      phone.waitForText("Sent");
      phone.screenshot("notice-status-phone");

      phone.press("Update");
      phone.waitForText("What changed?");
      phone.screenshot("notice-update-phone");
      phone.open("/notices");
      phone.waitForText(id);
      phone.screenshot("notices-history-phone");
    }
  }
}
