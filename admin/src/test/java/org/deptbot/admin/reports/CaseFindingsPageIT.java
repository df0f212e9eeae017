package org.deptbot.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.CaseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19 on the console's case page: allegations and findings, the notes panel and who sees it
 * (page and API), and re-opening. The roster: lieutenant cf-2 above sergeant cf-3, who supervises
 * officer cf-4; sergeant cf-5 in another squad; cf-6 internal affairs.
 */
@ConsoleIntegrationTest
class CaseFindingsPageIT {

  private static final String NOTE = "Subject has a cousin in dispatch; keep this quiet.";
  private static final String ACTION = "Written reprimand, post removed.";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Reports reports;
  @Autowired Clock clock;

  @BeforeEach
  void roster() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("cf-2", Role.SUPERVISOR);
    people.add("cf-3", "cf-2", Role.SUPERVISOR);
    people.add("cf-4", "cf-3", Role.EMPLOYEE);
    people.add("cf-5", "cf-2", Role.SUPERVISOR);
    people.add("cf-6", Role.INTERNAL_AFFAIRS);
  }

  @Test
  void aHandlerDecidesEachAllegationKeepsNotesForNeedToKnowAndInternalAffairsReopens()
      throws Exception {
    Report r =
        reports
            .byId("R-2026-700001")
            .orElseGet(
                () ->
                    reports.submit(
                        CaseFixtures.confidential(
                            "R-2026-700001", "cf-4", null, "cf-3", clock.instant())));
    String page = "/cases/" + r.id();
    submit(page + "/acknowledge", "cf-3", "version", version(r));

    assertThat(html(page, "cf-3"))
        .contains("Allegations", "No finding yet", "Record a finding", "Add an allegation")
        .doesNotContain("/resolve");

    submit(
            page + "/allegation",
            "cf-3",
            "version",
            version(r),
            "provision",
            "UNAUTHORIZED_STATEMENT",
            "statement",
            "The caption speaks for the department.")
        .andExpect(flash().attribute("done", "The allegation is added to " + r.id() + "."));
    submit(page + "/note", "cf-3", "version", version(r), "text", NOTE)
        .andExpect(flash().attribute("done", "Your note is on " + r.id() + "."));

    // need to know: the handler and internal affairs read the note; the lieutenant above sees
    // the case but neither the note nor its panel, in the page and in the API
    assertThat(html(page, "cf-3")).contains(NOTE);
    assertThat(html(page, "cf-6")).contains(NOTE);
    assertThat(html(page, "cf-2")).contains(r.id()).doesNotContain(NOTE, "id=\"notes\"");
    for (String who : new String[] {"cf-2", "cf-3", "cf-6"}) {
      assertThat(html("/api/v1/cases/" + r.id(), who)).doesNotContain(NOTE);
    }
    mvc.perform(get(page).with(user("cf-5"))).andExpect(status().isNotFound());
    mvc.perform(
            post(page + "/note")
                .with(user("cf-2"))
                .with(csrf())
                .param("version", version(r))
                .param("text", "I am above the handler."))
        .andExpect(status().isForbidden());
    assertThat(reports.byId(r.id()).orElseThrow().notes()).hasSize(1);

    submit(
        page + "/finding",
        "cf-3",
        "version",
        version(r),
        "allegation",
        "A1",
        "finding",
        "SUSTAINED",
        "action",
        ACTION);
    assertThat(reports.byId(r.id()).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    submit(
        page + "/finding",
        "cf-3",
        "version",
        version(r),
        "allegation",
        "A2",
        "finding",
        "UNFOUNDED",
        "action",
        "None.");
    Report closed = reports.byId(r.id()).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(html(page, "cf-3")).contains("Sustained. Action taken: " + ACTION, "Unfounded");

    // re-opening: internal affairs only, with a reason, confirmed first
    assertThat(html(page, "cf-3")).doesNotContain("/reopen");
    mvc.perform(
            post(page + "/reopen")
                .with(user("cf-3"))
                .with(csrf())
                .param("version", version(r))
                .param("reason", "I changed my mind."))
        .andExpect(status().isForbidden());
    assertThat(html(page, "cf-6")).contains("/reopen");
    mvc.perform(get(page + "/reopen").with(user("cf-6")).param("version", version(r)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(containsString("Re-open " + r.id() + "?")));
    submit(
        page + "/reopen",
        "cf-6",
        "version",
        version(r),
        "reason",
        "The subject appealed with new screenshots.");
    Report reopened = reports.byId(r.id()).orElseThrow();
    assertThat(reopened.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(reopened.handlerId()).isEqualTo("cf-6");
    assertThat(reopened.undecided()).hasSize(2);
  }

  private String version(Report r) {
    return String.valueOf(reports.byId(r.id()).orElseThrow().version());
  }

  private org.springframework.test.web.servlet.ResultActions submit(
      String path, String who, String... params) throws Exception {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(user(who))
            .with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().is3xxRedirection());
  }

  private String html(String path, String who) throws Exception {
    return mvc.perform(get(path).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
