package org.deptbot.admin.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A pending template's page says who the bot reminded of it, and when (with the zone). */
@ConsoleIntegrationTest
class TemplateRemindersPageIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired ApprovalReminders reminders;
  @Autowired TimeShown times;
  TemplateFixtures fixtures;

  @BeforeEach
  void people() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("tr-author", Role.APPROVER);
    people.add("tr-boss", Role.SUPERVISOR);
    people.add("tr-approver", "tr-boss", Role.APPROVER);
    fixtures = new TemplateFixtures(templates, channels);
  }

  @Test
  void thePendingTemplatesPageListsTheRemindersSentAndAFreshOneSaysNothing() throws Exception {
    Template waiting = fixtures.pending("tr_waiting", "tr-author");
    Instant submitted = ApprovalReminders.submittedAt(waiting).orElseThrow();
    Instant first = submitted.plusSeconds(4 * 3600);
    Instant second = submitted.plusSeconds(8 * 3600);
    reminders.claim(waiting, submitted, ApprovalReminders.Stage.APPROVERS, "tr-approver", first);
    reminders.claim(waiting, submitted, ApprovalReminders.Stage.SUPERVISORS, "tr-boss", second);
    Template fresh = fixtures.pending("tr_fresh", "tr-author");

    assertThat(page(waiting))
        .contains("Reminders")
        .contains("Member tr-approver (approver), " + times.stamp(first))
        .contains("Member tr-boss (supervisor), " + times.stamp(second));
    assertThat(page(fresh)).doesNotContain("id=\"reminders\"");
  }

  private String page(Template t) throws Exception {
    return mvc.perform(get("/templates/" + t.id()).with(user("tr-approver")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
