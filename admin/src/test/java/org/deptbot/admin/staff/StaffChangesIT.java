package org.deptbot.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.enrollment.EnrollmentResult;
import org.deptbot.core.enrollment.IssuedCode;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.CaseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ConsoleIntegrationTest
class StaffChangesIT {

  private static final String ADMIN = "sc-admin";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired Enrollment enrollment;
  @Autowired ConsoleAccounts accounts;
  @Autowired ChatLinks links;
  @Autowired AuditLog auditLog;
  @Autowired Reports reports;

  @BeforeEach
  void roster() {
    // sc-chief <- sc-sgt <- sc-officer
    staff.save(new StaffMember(ADMIN, "Sc Admin", Set.of(Role.ADMIN), null, true));
    staff.save(new StaffMember("sc-chief", "Sc Chief", Set.of(Role.SUPERVISOR), null, true));
    staff.save(new StaffMember("sc-sgt", "Sc Sgt", Set.of(Role.SUPERVISOR), "sc-chief", true));
    staff.save(new StaffMember("sc-officer", "Sc Officer", Set.of(Role.EMPLOYEE), "sc-sgt", true));
  }

  @Test
  void anEnrollmentCodeIssuedOnThePageLinksAChatAccountOnce() throws Exception {
    IssuedCode issued =
        (IssuedCode)
            mvc.perform(post("/staff/sc-officer/enrollment-codes").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/staff/sc-officer"))
                .andReturn()
                .getFlashMap()
                .get("newCode");

    EnrollmentResult result =
        enrollment.redeem(new ChatIdentity(ChatPlatform.TELEGRAM, "720000001"), issued.code());

    assertThat(result).isInstanceOf(EnrollmentResult.Linked.class);
    mvc.perform(get("/staff/sc-officer").with(user(ADMIN)))
        .andExpect(content().string(containsString("telegram:720000001")));
  }

  @Test
  void aRevokedCodeNoLongerWorks() throws Exception {
    String body =
        mvc.perform(post("/api/v1/staff/sc-sgt/enrollment-codes").with(user(ADMIN)).with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String code = JsonPath.read(body, "$.code");

    mvc.perform(
            delete("/api/v1/staff/sc-sgt/enrollment-codes")
                .param("reason", "code read out on the radio")
                .with(user(ADMIN))
                .with(csrf()))
        .andExpect(jsonPath("$.revoked").value(1));

    assertThat(enrollment.redeem(new ChatIdentity(ChatPlatform.TELEGRAM, "720000002"), code))
        .isInstanceOf(EnrollmentResult.AlreadyUsed.class);
  }

  @Test
  void anAdministratorCannotGrantThemselvesARoleOnThePageNorThroughTheApi() throws Exception {
    mvc.perform(
            post("/staff/" + ADMIN + "/roles")
                .with(user(ADMIN))
                .with(csrf())
                .param("roles", "ADMIN", "INTERNAL_AFFAIRS"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("another administrator")));
    mvc.perform(
            put("/api/v1/staff/" + ADMIN + "/roles")
                .with(user(ADMIN))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"ADMIN\",\"INTERNAL_AFFAIRS\"]}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.reason").value("OWN_ROLES"));

    assertThat(staff.byId(ADMIN).orElseThrow().roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void aSupervisorLoopIsRefusedAndExplained() throws Exception {
    mvc.perform(
            post("/staff/sc-chief/supervisor")
                .with(user(ADMIN))
                .with(csrf())
                .param("supervisorId", "sc-officer"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("sc-chief → sc-officer → sc-sgt → sc-chief")));
    mvc.perform(
            put("/api/v1/staff/sc-chief/supervisor")
                .with(user(ADMIN))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"supervisorId\":\"sc-sgt\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.reason").value("SUPERVISOR_LOOP"));

    assertThat(staff.byId("sc-chief").orElseThrow().supervisorId()).isNull();
  }

  @Test
  void aPasswordResetByAnAdministratorMustBeChangedAtTheNextSignIn() throws Exception {
    accounts.failed("sc-officer", 1, Duration.ofHours(1), Instant.now());

    String temporary =
        (String)
            mvc.perform(
                    post("/staff/sc-officer/password")
                        .param("reason", "locked out before a shift")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("newPassword");

    assertThat(accounts.byId("sc-officer").orElseThrow().mustChangePassword()).isTrue();
    mvc.perform(formLogin().user("sc-officer").password(temporary)).andExpect(redirectedUrl("/"));
    mvc.perform(get("/").with(user("sc-officer"))).andExpect(redirectedUrl("/account/password"));
  }

  @Test
  void anAdministratorUnlocksALockedAccount() throws Exception {
    staff.save(new StaffMember("sc-locked", "Sc Locked", Set.of(Role.EMPLOYEE), null, true));
    accounts.setPassword("sc-locked", "x", false);
    accounts.failed("sc-locked", 1, Duration.ofHours(1), Instant.now());
    mvc.perform(get("/staff/sc-locked").with(user(ADMIN)))
        .andExpect(content().string(containsString("Locked after too many failed tries")));

    mvc.perform(post("/staff/sc-locked/unlock").with(user(ADMIN)).with(csrf()))
        .andExpect(flash().attribute("done", "The account is unlocked."));

    assertThat(accounts.byId("sc-locked").orElseThrow().lockedAt(Instant.now())).isFalse();
  }

  @Test
  void aDeactivatedMemberLosesStaffRightsAndTheirOpenCodes() throws Exception {
    staff.save(new StaffMember("sc-leaver", "Sc Leaver", Set.of(Role.DISPATCHER), null, true));
    enrollment.issue("sc-leaver", ADMIN);

    json(post("/api/v1/staff/sc-leaver/deactivate"), "{\"reason\":\"left the department\"}")
        .andExpect(jsonPath("$.active").value(false));

    assertThat(enrollment.openCodes("sc-leaver")).isEmpty();
    mvc.perform(get("/api/v1/staff").with(user("sc-leaver"))).andExpect(status().isForbidden());
  }

  @Test
  void eachConsoleChangeIsAuditedWithWhoMadeItAndTheValuesBeforeAndAfter() throws Exception {
    staff.save(new StaffMember("sc-audited", "Sc Audited", Set.of(Role.EMPLOYEE), "sc-sgt", true));
    links.linkIfFree(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TELEGRAM, "720000077"),
            "sc-audited",
            Instant.now(),
            ChatLink.Source.ENROLLMENT));

    json(put("/api/v1/staff/sc-audited/roles"), "{\"roles\":[\"DISPATCHER\"]}");
    json(put("/api/v1/staff/sc-audited/supervisor"), "{\"supervisorId\":\"sc-chief\"}");
    mvc.perform(
        delete("/api/v1/staff/sc-audited/chat-links/telegram:720000077")
            .param("reason", "lost phone")
            .with(user(ADMIN))
            .with(csrf()));
    mvc.perform(post("/api/v1/staff/sc-audited/enrollment-codes").with(user(ADMIN)).with(csrf()));
    json(post("/api/v1/staff/sc-audited/deactivate"), "{\"reason\":\"left\"}");

    assertThat(auditLog.about("staff:sc-audited"))
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(ADMIN))
        .extracting(
            e -> e.action() + " " + e.details().get("before") + " → " + e.details().get("after"))
        .contains(
            "staff.roles_changed [EMPLOYEE] → [DISPATCHER]",
            "staff.supervisor_changed sc-sgt → sc-chief",
            "staff.chat_unlinked sc-audited → (none)",
            "staff.deactivated active → inactive");
    assertThat(auditLog.about("staff:sc-audited"))
        .filteredOn(e -> e.action().equals("enrollment.code_issued"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("openCodesBefore", "0")
                    .containsEntry("openCodesAfter", "1"));
  }

  @Test
  void deactivatingAHandlerHandsTheirOpenCaseToTheNextOneUp() throws Exception {
    staff.save(new StaffMember("sc-lt", "Sc Lt", Set.of(Role.SUPERVISOR), "sc-chief", true));
    reports.submit(
        CaseFixtures.confidential("R-2026-990001", "someone", null, "sc-lt", Instant.now()));

    json(post("/api/v1/staff/sc-lt/deactivate"), "{\"reason\":\"retired\"}")
        .andExpect(jsonPath("$.active").value(false));

    Report handedOver = reports.byId("R-2026-990001").orElseThrow();
    assertThat(handedOver.handlerId()).isEqualTo("sc-chief");
    assertThat(handedOver.handlerToNotify()).isTrue();
    assertThat(auditLog.about("case:R-2026-990001"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("case.handed_over");
              assertThat(e.actor())
                  .as("the administrator who deactivated the handler, not \"system\"")
                  .isEqualTo(ADMIN);
            });
  }

  @Test
  void deactivatingOnThePageIsConfirmedFirstWithAReasonKeptInTheAuditLog() throws Exception {
    staff.save(
        new StaffMember("sc-going", "Officer Dale Going", Set.of(Role.EMPLOYEE), null, true));

    mvc.perform(get("/staff/sc-going/deactivate").with(user(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Deactivate Officer Dale Going?")))
        .andExpect(content().string(containsString("name=\"reason\" required")));
    mvc.perform(
            post("/staff/sc-going/deactivate").param("reason", " ").with(user(ADMIN)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Please say why")));
    mvc.perform(
            post("/staff/sc-going/deactivate")
                .param("reason", "x".repeat(301))
                .with(user(ADMIN))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("under 300 characters")));
    assertThat(staff.byId("sc-going").orElseThrow().active()).as("no reason, no change").isTrue();
    assertThat(auditLog.about("staff:sc-going")).isEmpty();

    mvc.perform(
            post("/staff/sc-going/deactivate")
                .param("reason", "Retired on 30 November")
                .with(user(ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(staff.byId("sc-going").orElseThrow().active()).isFalse();
    assertThat(auditLog.about("staff:sc-going"))
        .filteredOn(e -> e.action().equals("staff.deactivated"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo(ADMIN);
              assertThat(e.details()).containsEntry("reason", "Retired on 30 November");
            });
  }

  @Test
  void overTheApiEveryIrreversibleStaffCallNeedsAReasonAndRecordsIt() throws Exception {
    staff.save(new StaffMember("sc-api", "Sc Api", Set.of(Role.DISPATCHER), null, true));
    ChatIdentity phone = new ChatIdentity(ChatPlatform.TELEGRAM, "720000088");
    links.linkIfFree(ChatLink.of(phone, "sc-api", Instant.now(), ChatLink.Source.ENROLLMENT));
    enrollment.issue("sc-api", ADMIN);
    accounts.setPassword("sc-api", "not-a-real-hash", false);

    // without a reason (no body, a blank one, or a missing parameter): 400, nothing changed
    for (var refused :
        java.util.List.of(
            json(post("/api/v1/staff/sc-api/deactivate"), ""),
            json(post("/api/v1/staff/sc-api/deactivate"), "{\"reason\":\"   \"}"),
            json(delete("/api/v1/staff/sc-api/chat-links/telegram:720000088"), ""),
            json(delete("/api/v1/staff/sc-api/enrollment-codes"), ""),
            json(post("/api/v1/staff/sc-api/console-password"), "{}"))) {
      refused
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(containsString("This call needs a reason")));
    }
    json(post("/api/v1/staff/sc-api/deactivate"), "{\"reason\":\"" + "x".repeat(301) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("under 300 characters")));
    assertThat(staff.byId("sc-api").orElseThrow().active()).isTrue();
    assertThat(links.ofMember("sc-api")).hasSize(1);
    assertThat(enrollment.openCodes("sc-api")).hasSize(1);
    assertThat(accounts.byId("sc-api").orElseThrow().mustChangePassword()).isFalse();
    assertThat(auditLog.about("staff:sc-api"))
        .extracting(e -> e.action())
        .doesNotContain(
            "console.password_reset",
            "enrollment.codes_revoked",
            "staff.chat_unlinked",
            "staff.deactivated");

    // with one: done, and each audit entry says who and why
    json(post("/api/v1/staff/sc-api/console-password"), "{\"reason\":\"forgot it\"}")
        .andExpect(status().isOk());
    json(
            delete("/api/v1/staff/sc-api/enrollment-codes").param("reason", "code shared by email"),
            "")
        .andExpect(jsonPath("$.revoked").value(1));
    json(
            delete("/api/v1/staff/sc-api/chat-links/telegram:720000088")
                .param("reason", "lost phone"),
            "")
        .andExpect(status().isNoContent());
    json(post("/api/v1/staff/sc-api/deactivate"), "{\"reason\":\"left the department\"}")
        .andExpect(jsonPath("$.active").value(false));

    assertThat(auditLog.about("staff:sc-api"))
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(ADMIN))
        .extracting(e -> e.action() + ": " + e.details().get("reason"))
        .contains(
            "console.password_reset: forgot it",
            "enrollment.codes_revoked: code shared by email",
            "staff.chat_unlinked: lost phone",
            "staff.deactivated: left the department");
  }

  private org.springframework.test.web.servlet.ResultActions json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body)
      throws Exception {
    return mvc.perform(
        request
            .with(user(ADMIN))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
