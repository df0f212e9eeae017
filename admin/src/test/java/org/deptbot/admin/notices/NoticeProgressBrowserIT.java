package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A dispatcher on a phone watches a notice go out without reloading, then cancels it: the page asks
 * first, and the reason lands in the audit log.
 */
@BrowserTest
@ConsoleIntegrationTest
class NoticeProgressBrowserIT {

  private static final String ID = "N-2026-500001";
  private static final By REFRESH = By.cssSelector("meta[http-equiv='refresh']");

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;
  @Autowired Deliveries deliveries;
  @Autowired DeliveryPlanner planner;
  @Autowired AuditLog audit;

  @Test
  void theDeliveryShowsProgressByItselfAndCancellingIsConfirmedWithAReason() {
    new ConsoleStaff(staff, accounts, encoder).add("np-disp", Role.DISPATCHER);
    // the fixture's notice was issued by s-050: the page names them
    staff.save(new StaffMember("s-050", "Sgt Dana Reyes", Set.of(Role.DISPATCHER), null, true));
    new TemplateFixtures(templates, channels).channel("tg-alerts");
    notices.add(NoticeFixtures.roadClosure(ID, NoticeMode.LIVE));

    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("np-disp", ConsoleStaff.PASSWORD).open("/notices/" + ID);
      phone.waitForText("Waiting for the bot");
      assertThat(phone.text())
          .contains("This page updates by itself", "Sgt Dana Reyes")
          .doesNotContain("s-050");
      assertThat(phone.driver().findElements(REFRESH)).isNotEmpty();
      phone.screenshot("notice-delivery-waiting-phone");

      // the bot queues and sends it while the page is open; nobody reloads
      planner.planPending();
      for (var d : deliveries.ofRevision(ID, 1)) {
        deliveries.claim(d.id(), "test", Instant.now(), Duration.ofMinutes(1));
        deliveries.sent(d.id(), "42", 1, Instant.now());
      }
      phone.waitForText("Sent");
      // the page that no longer reloads itself, not a document caught mid-reload
      phone.settled(driver -> driver.findElements(REFRESH).isEmpty());
      assertThat(phone.driver().getCurrentUrl()).endsWith("/notices/" + ID);
      assertThat(phone.text()).doesNotContain("This page updates by itself");
      phone.screenshot("notice-delivery-done-phone");

      phone.press("Cancel this notice…");
      phone.waitForText("Cancel " + ID + "?");
      assertThat(phone.text()).contains("cannot be made active again", "No, go back");
      phone.screenshot("notice-cancel-confirm-phone");
      phone.field("note").sendKeys("The road is open again.");
      phone.field("reason").sendKeys("Crew finished early");
      phone.press("Yes, cancel " + ID);
      phone.waitForText(ID + " is cancelled");
      phone.screenshot("notice-cancelled-phone");
    }

    assertThat(notices.byId(ID).orElseThrow().status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(audit.about("notice:" + ID))
        .filteredOn(e -> e.action().equals("notice.cancelled"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("np-disp");
              assertThat(e.details()).containsEntry("reason", "Crew finished early");
            });
  }
}
