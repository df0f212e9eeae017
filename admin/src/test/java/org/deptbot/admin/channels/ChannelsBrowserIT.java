package org.deptbot.admin.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An administrator on a phone, in headless Chromium, sets an English channel to post every language
 * in one post; the list then says so.
 */
@BrowserTest
@ConsoleIntegrationTest
class ChannelsBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Channels channels;
  @Autowired Departments departments;
  @Autowired MongoTemplate mongo;
  private Department before;

  @BeforeEach
  void bilingualDepartment() {
    new ConsoleStaff(staff, accounts, encoder).add("cb-admin", Role.ADMIN);
    before = departments.current().orElse(null);
    Department department =
        before == null
            ? Department.of("Riverton Police Department", "Non-emergency 555-0100", null, null)
            : before;
    departments.save(department.withLanguages(List.of("en", "es")));
    channels.save(
        new Channel(
            "cb-alerts",
            ChatPlatform.TELEGRAM,
            "-1006600000001",
            "Riverton alerts",
            Set.of(NoticeCategory.ROAD_CLOSURE)));
  }

  /** The context is shared: leave the department and the channels as other tests expect them. */
  @AfterEach
  void restore() {
    if (before != null) {
      departments.save(before);
    } else {
      mongo.remove(
          Query.query(Criteria.where("_id").is(Department.SINGLETON_ID)), Department.class);
    }
    mongo.remove(Query.query(Criteria.where("_id").is("cb-alerts")), Channel.class);
  }

  @Test
  void anAdministratorSetsAChannelToPostEveryLanguageOnAPhone() {
    try (var phone = new ConsoleBrowser(port, 380, 800)) {
      phone.signIn("cb-admin", ConsoleStaff.PASSWORD).open("/channels?edit=cb-alerts");
      Select language = new Select(phone.field("language"));
      assertThat(language.getFirstSelectedOption().getText()).isEqualTo("English");
      assertThat(language.getOptions())
          .extracting(o -> o.getText())
          .containsExactly("English", "Spanish", "All languages in one post");

      language.selectByVisibleText("All languages in one post");
      phone.press("Save the channel");
      phone.waitForText("Riverton alerts saved.");

      assertThat(phone.rowWith("Riverton alerts")).contains("All languages in one post");
      assertThat(channels.byId("cb-alerts").orElseThrow().language()).isEqualTo(Channel.ALL);
      Object fits =
          ((JavascriptExecutor) phone.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
      assertThat(fits).as("nothing wider than the phone's screen").isEqualTo(Boolean.TRUE);
      ((JavascriptExecutor) phone.driver())
          .executeScript("document.getElementById('channel-list').scrollIntoView();");
      phone.screenshot("channels-language-phone");
    }
  }
}
