package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A dispatcher on a phone gives the detour in Spanish too: the Spanish answers are folded away
 * under the blanks until opened, and open by themselves on the update form once there is one.
 */
@BrowserTest
@ConsoleIntegrationTest
class NoticeLanguagesBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;

  @Test
  void aDetourGivenInSpanishTooGoesIntoTheSpanishPostOnly() {
    new ConsoleStaff(staff, accounts, encoder).add("lb-disp", Role.DISPATCHER);
    new TemplateFixtures(templates, channels).channel("lb-alerts");
    Instant now = Instant.now();
    // a title of its own: other browser tests pick their template by the fixture's title
    Template closure = TemplateFixtures.roadClosure("lb_closure", "lb-a");
    templates.add(
        Template.draft(
                closure.key(),
                closure.category(),
                "Street closed, detour: {{street}}",
                closure.body(),
                closure.variables(),
                closure.severity(),
                closure.urgency(),
                closure.defaultExpiry(),
                List.of(),
                "lb-a",
                now)
            .withWordings(TemplateFixtures.inSpanish())
            .submit("lb-a", now)
            .approve("lb-b", null, now));

    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("lb-disp", ConsoleStaff.PASSWORD).open("/notices/new/lb_closure");
      phone.field("v-street").sendKeys("Main St at 5th Ave");
      phone.field("v-until").sendKeys("the end of the parade");
      phone.field("v-detour").sendKeys("use Oak Ave");
      assertThat(phone.driver().findElement(By.id("v-detour@es")).isDisplayed())
          .as("folded away until asked for")
          .isFalse();
      phone.screenshot("notice-form-languages-folded-phone");

      phone.driver().findElement(By.tagName("summary")).click();
      phone.field("v-detour@es").sendKeys("use Oak Ave hacia el norte");
      phone.screenshot("notice-form-languages-open-phone");
      phone.press("Preview");
      phone.waitForText("Street closed, detour: Main St at 5th Ave");
      // the reopening was given once: the Spanish post uses it as typed, and the page says so
      assertThat(phone.text())
          .contains("The Español post uses your answers to “Until” as typed.")
          .doesNotContain("“Detour”");
      phone.screenshot("notice-preview-as-typed-phone");
      phone.press("Issue live notice");
      phone.waitForText("is issued");
      String id = phone.driver().getCurrentUrl().replaceAll(".*/notices/", "");

      Notice issued = notices.byId(id).orElseThrow();
      assertThat(issued.latest().body()).endsWith("Detour: use Oak Ave");
      assertThat(issued.latest().in("es").body())
          .isEqualTo(
              "Main St at 5th Ave está cerrada hasta the end of the parade.\n"
                  + "Desvío: use Oak Ave hacia el norte");

      phone.open("/notices/" + id + "/update");
      phone.waitForText("What changed?");
      assertThat(phone.field("v-detour@es").getAttribute("value"))
          .isEqualTo("use Oak Ave hacia el norte");
      phone.screenshot("notice-update-languages-phone");
    }
  }
}
