package org.deptbot.admin.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An author writes a template in English and Spanish on a phone 380 px wide, in headless Chromium:
 * the languages stack, a Spanish blank that is not the English one is named, the preview shows both
 * languages, and the draft keeps the Spanish. At a desk the two languages stand side by side.
 */
@BrowserTest
@ConsoleIntegrationTest
class TemplatesBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Departments departments;
  @Autowired MongoTemplate mongo;
  private Department before;

  @BeforeEach
  void bilingualDepartment() {
    new ConsoleStaff(staff, accounts, encoder).add("tb-author", Role.APPROVER);
    before = departments.current().orElse(null);
    Department department =
        before == null
            ? Department.of("Riverton Police Department", "Non-emergency 555-0100", null, null)
            : before;
    departments.save(department.withLanguages(List.of("en", "es")));
  }

  /** The context is shared: leave the department as other tests expect it. */
  @AfterEach
  void restore() {
    if (before != null) {
      departments.save(before);
    } else {
      mongo.remove(
          Query.query(Criteria.where("_id").is(Department.SINGLETON_ID)), Department.class);
    }
  }

  @Test
  void anAuthorWritesTheSpanishWordingOnAPhone() {
    try (var phone = new ConsoleBrowser(port, 380, 800)) {
      phone.signIn("tb-author", ConsoleStaff.PASSWORD).open("/templates/new");
      phone.field("key").sendKeys("tb_closure");
      phone.field("title").sendKeys("Road closed: {{street}}");
      phone.field("body").sendKeys("{{street}} is closed until {{until}}.");
      phone.field("variables").sendKeys("street | Street | LOCATION\nuntil | Until | TEXT");
      phone.field("title-es").sendKeys("Calle cerrada");
      phone.field("body-es").sendKeys("{{calle}} está cerrada hasta {{until}}.");

      // stacked: the Spanish fields come below the English ones, each named
      WebElement englishBody = phone.field("body");
      WebElement spanishTitle = phone.field("title-es");
      assertThat(spanishTitle.getRect().getY())
          .isGreaterThan(englishBody.getRect().getY() + englishBody.getRect().getHeight());
      assertThat(phone.text()).contains("Title in Spanish", "Text in Spanish", "English (needed)");

      phone.press("Save draft");
      phone.waitForText("The Spanish wording lacks {{street}}");
      assertThat(phone.text())
          .contains(
              "The Spanish wording lacks {{street}} and has {{calle}}, which the English wording"
                  + " does not use. Use the same blanks as the English wording.")
          .doesNotContain("{{until}} and");
      assertThat(templates.versions("tb_closure")).isEmpty();
      phone.screenshot("template-spanish-refused-phone");

      scrollTo(phone, "wording-es");
      phone.screenshot("template-spanish-refused-fields-phone");
      WebElement spanishTitleAgain = phone.field("title-es");
      spanishTitleAgain.sendKeys(": {{street}}");
      WebElement spanishBody = phone.field("body-es");
      spanishBody.clear();
      spanishBody.sendKeys("{{street}} está cerrada hasta {{until}}.");
      phone.press("Preview");
      phone.waitForText("Calle cerrada: ");
      String preview = phone.field("preview-es").getText();
      assertThat(preview).contains("Spanish", "Calle cerrada: ", "está cerrada hasta");
      assertThat(phone.field("preview-en").getText()).contains("English", "Road closed: ");
      assertThat(fitsThePhone(phone)).as("nothing wider than the phone's screen").isTrue();
      scrollTo(phone, "wording-es");
      phone.screenshot("template-spanish-phone");
      scrollTo(phone, "preview-es");
      phone.screenshot("template-spanish-preview-phone");

      phone.press("Save draft");
      phone.waitForText("is saved as a draft");
      // on a phone the languages' names are the cells' labels
      assertThat(phone.field("languages").getText()).contains("Calle cerrada: {{street}}");
      assertThat(
              phone
                  .field("languages")
                  .findElement(
                      org.openqa.selenium.By.xpath(
                          ".//td[contains(., 'Calle cerrada: {{street}}')]"))
                  .getAttribute("data-label"))
          .isEqualTo("Spanish");
      assertThat(templates.byId("tb_closure:v1").orElseThrow().wordings())
          .containsEntry(
              "es",
              new TemplateWording(
                  "Calle cerrada: {{street}}", "{{street}} está cerrada hasta {{until}}."));
      assertThat(fitsThePhone(phone)).isTrue();
      phone.screenshot("template-spanish-saved-phone");
    }
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("tb-author", ConsoleStaff.PASSWORD).open("/templates/tb_closure:v1/edit");
      WebElement english = desk.field("title");
      WebElement spanish = desk.field("title-es");
      assertThat(spanish.getRect().getY()).isEqualTo(english.getRect().getY());
      assertThat(spanish.getRect().getX()).isGreaterThan(english.getRect().getX());
      assertThat(spanish.getAttribute("value")).isEqualTo("Calle cerrada: {{street}}");
      desk.screenshot("template-spanish-desk");
    }
  }

  private static void scrollTo(ConsoleBrowser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
  }

  private static boolean fitsThePhone(ConsoleBrowser phone) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) phone.driver())
            .executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;"));
  }
}
