package org.deptbot.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.EarlyIntervention;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.CaseFixtures;
import org.deptbot.core.testing.ReportCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need-to-know and small-count suppression on the case figures (page, CSV, API) and the
 * early-intervention list. The console's tests share one database, so these cases are in 2031, a
 * year no other test uses. Roster: sergeant fg-1 supervises officers fg-2 and fg-3; fg-4 and fg-5
 * are internal affairs; fg-6 administrator.
 */
@ConsoleIntegrationTest
class FiguresIT {

  private static final Instant MARCH = Instant.parse("2031-03-02T15:00:00Z");
  private static final String YEAR = "from=2031-01-01&to=2031-12-31";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Reports reports;
  @Autowired EarlyIntervention flags;
  @Autowired AuditTrail audit;

  @BeforeEach
  void roster() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("fg-1", Role.SUPERVISOR);
    people.add("fg-2", "fg-1", Role.EMPLOYEE);
    people.add("fg-3", "fg-1", Role.EMPLOYEE);
    people.add("fg-4", Role.INTERNAL_AFFAIRS);
    people.add("fg-5", Role.INTERNAL_AFFAIRS);
    people.add("fg-6", Role.ADMIN);
    // 7 cases: 5 about uniforms (V.A.4.a), 2 about an undercover officer (V.A.4.b)
    for (int i = 1; i <= 7; i++) {
      Report r =
          CaseFixtures.confidential(
              "R-2031-%06d".formatted(i), "fg-2", "fg-3", "fg-1", MARCH.plusSeconds(i));
      if (i > 5) {
        r = ReportCopies.citing(r, PolicyClause.UNDERCOVER_OFFICER);
      }
      if (reports.byId(r.id()).isEmpty()) {
        reports.submit(r);
      }
    }
  }

  @Test
  void aSupervisorWithoutThePermissionIsRefusedThePageTheCsvAndTheApi() throws Exception {
    for (String who : List.of("fg-1", "fg-2")) {
      mvc.perform(get("/figures?" + YEAR).with(user(who))).andExpect(status().isForbidden());
      mvc.perform(get("/figures.csv?" + YEAR).with(user(who))).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/figures?" + YEAR).with(user(who)))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.cases").doesNotExist());
    }
    mvc.perform(get("/figures?" + YEAR).with(user("fg-4"))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/figures?" + YEAR).with(user("fg-6"))).andExpect(status().isOk());
  }

  @Test
  void theApiWithholdsTheSmallCountAndTheLineThatWouldGiveItBack() throws Exception {
    mvc.perform(get("/api/v1/figures?" + YEAR).with(user("fg-4")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeZone").value("UTC"))
        .andExpect(jsonPath("$.cases.count").value(7))
        .andExpect(jsonPath("$.byProvision[0].key").value("V.A.4.a"))
        .andExpect(jsonPath("$.byProvision[0].cell.count").doesNotExist())
        .andExpect(jsonPath("$.byProvision[0].cell.withheld").value(true))
        .andExpect(jsonPath("$.byProvision[0].cell.fewerThanFive").value(false))
        .andExpect(jsonPath("$.byProvision[1].key").value("V.A.4.b"))
        .andExpect(jsonPath("$.byProvision[1].cell.count").doesNotExist())
        .andExpect(jsonPath("$.byProvision[1].cell.fewerThanFive").value(true))
        .andExpect(jsonPath("$.byRoute[0].key").value("SUPERVISOR"))
        .andExpect(jsonPath("$.byRoute[0].cell.count").value(7))
        .andExpect(jsonPath("$.toAcknowledge.measured.count").value(0))
        .andExpect(jsonPath("$.toAcknowledge.medianSeconds").doesNotExist())
        .andExpect(jsonPath("$.reminders.count").value(0));

    String csv =
        mvc.perform(get("/figures.csv?" + YEAR).with(user("fg-5")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString(".csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains(
            "\"cases\",\"submitted\",\"7\"",
            "\"provision\",\"Identifies an undercover officer (V.A.4.b)\",\"fewer than 5\"",
            "\"provision\",\"Department logos, uniforms or badges (V.A.4.a)\",\"withheld\"",
            "\"period\",\"time zone\",\"UTC\"")
        .doesNotContain("\"2\"", "\"5\"", "R-2031");

    String page = page("/figures?" + YEAR, "fg-4");
    assertThat(page)
        .contains("fewer than 5", "withheld", "both days included, in UTC.")
        .doesNotContain("R-2031");
  }

  @Test
  void aPeriodBackwardsIsRefusedWithWhatToChange() throws Exception {
    mvc.perform(get("/api/v1/figures?from=2031-12-31&to=2031-01-01").with(user("fg-4")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The last day is before the first day."));
    mvc.perform(get("/figures?from=31/12/2031").with(user("fg-4")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Dates are written like 2026-11-22.")));
  }

  @Test
  void theEarlyInterventionListIsForInternalAffairsAndNeverShowsAMemberTheirOwnFlag()
      throws Exception {
    var aboutOfficer =
        new EarlyIntervention.Due(
            "fg-3", List.of("R-2031-000001", "R-2031-000002", "R-2031-000003"));
    var aboutIa =
        new EarlyIntervention.Due(
            "fg-5", List.of("R-2031-000901", "R-2031-000902", "R-2031-000903"));
    for (var due : List.of(aboutOfficer, aboutIa)) {
      if (flags.claim(due, MARCH, 3, Duration.ofDays(365))) {
        audit.system(
            "case.early_intervention_flagged",
            "early-intervention:" + due.id(),
            "subject",
            due.subjectId());
      }
    }

    assertThat(page("/early-intervention", "fg-4"))
        .contains(
            "R-2031-000001",
            "R-2031-000002",
            "R-2031-000003",
            "3 cases within 365 days",
            "R-2031-000901");
    assertThat(page("/early-intervention", "fg-5"))
        .as("not the flag about themselves")
        .contains("R-2031-000001")
        .doesNotContain("R-2031-000901");
    mvc.perform(get("/early-intervention").with(user("fg-1"))).andExpect(status().isForbidden());
    mvc.perform(get("/early-intervention").with(user("fg-6"))).andExpect(status().isForbidden());

    // in the audit log, only internal affairs reads the entry, and not the member it is about
    String subject = "early-intervention:" + aboutOfficer.id();
    assertThat(audit(subject, "fg-4")).contains("subject=fg-3");
    assertThat(audit(subject, "fg-6"))
        .contains("case.early_intervention_flagged")
        .doesNotContain("subject=fg-3");
    assertThat(audit("early-intervention:" + aboutIa.id(), "fg-5")).doesNotContain("subject=fg-5");
  }

  private String audit(String subject, String who) throws Exception {
    return mvc.perform(get("/audit").param("subject", subject).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String page(String path, String who) throws Exception {
    return mvc.perform(get(path).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
