package org.deptbot.admin.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@ConsoleIntegrationTest
class SignInIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired ApiTokens tokens;
  @Autowired MongoTemplate mongo;
  ConsoleStaff people;

  @BeforeEach
  void people() {
    people = new ConsoleStaff(staff, accounts, encoder);
  }

  @Test
  void aMemberSignsInWithTheirPasswordAndNotWithAWrongOne() throws Exception {
    people.add("si-100", Role.DISPATCHER);

    mvc.perform(formLogin().user("si-100").password(ConsoleStaff.PASSWORD))
        .andExpect(redirectedUrl("/"));
    mvc.perform(formLogin().user("si-100").password("not it"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin().user("nobody-here").password("x"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
    people.add("si-101", Role.SUPERVISOR);

    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user("si-101").password("guess " + i))
          .andExpect(redirectedUrl("/login?error"));
    }

    mvc.perform(formLogin().user("si-101").password(ConsoleStaff.PASSWORD))
        .andExpect(redirectedUrl("/login?locked"));
    assertThat(audited("console.locked", "staff:si-101")).isTrue();

    // an administrator's new password unlocks it
    accounts.setPassword("si-101", encoder.encode(ConsoleStaff.PASSWORD), true);
    mvc.perform(formLogin().user("si-101").password(ConsoleStaff.PASSWORD))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aDeactivatedMemberCannotSignInNorUseASessionTheyAlreadyHave() throws Exception {
    people.add("si-102", Role.DISPATCHER);
    staff.save(staff.byId("si-102").orElseThrow().deactivated());

    mvc.perform(formLogin().user("si-102").password(ConsoleStaff.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/").with(user("si-102"))).andExpect(status().isForbidden());
  }

  @Test
  void aGivenPasswordMustBeReplacedBeforeAnyOtherPageOpens() throws Exception {
    people.add("si-103", Role.APPROVER);
    accounts.setPassword("si-103", encoder.encode("given by admin 1"), true);

    mvc.perform(get("/").with(user("si-103"))).andExpect(redirectedUrl("/account/password"));
    mvc.perform(
            post("/account/password")
                .with(user("si-103"))
                .with(csrf())
                .param("current", "given by admin 1")
                .param("password", "short")
                .param("repeat", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 12")));
    mvc.perform(
            post("/account/password")
                .with(user("si-103"))
                .with(csrf())
                .param("current", "given by admin 1")
                .param("password", "a long one of my own")
                .param("repeat", "a long one of my own"))
        .andExpect(redirectedUrl("/account"));

    mvc.perform(get("/").with(user("si-103"))).andExpect(status().isOk());
    assertThat(
            encoder.matches(
                "a long one of my own", accounts.byId("si-103").orElseThrow().passwordHash()))
        .isTrue();
  }

  @Test
  void aPostWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    people.add("si-104", Role.DISPATCHER);

    mvc.perform(post("/account/tokens").with(user("si-104")).param("label", "forged"))
        .andExpect(status().isForbidden());

    assertThat(tokens.of("si-104")).isEmpty();
  }

  @Test
  void pagesNeedASignInButTheFeedAndHealthDoNot() throws Exception {
    mvc.perform(get("/").accept(org.springframework.http.MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("http://localhost/login"));
    mvc.perform(get("/feed/notices.atom")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isUnauthorized());
  }

  @Test
  void everyPageCarriesSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
  }

  @Test
  void anApiTokenActsAsItsOwnerUntilRevokedOrTheOwnerLeaves() throws Exception {
    people.add("si-105", Role.DISPATCHER);
    String token = tokens.issue("si-105", "script");

    mvc.perform(get("/api/v1/openapi.json").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/openapi.json").header("Authorization", "Bearer dbt_madeup"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType("application/problem+json"));

    staff.save(staff.byId("si-105").orElseThrow().deactivated());
    mvc.perform(get("/api/v1/openapi.json").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aGivenPasswordMustBeReplacedBeforeTheApiAnswersEither() throws Exception {
    people.add("si-106", Role.SUPERVISOR);
    accounts.setPassword("si-106", encoder.encode("given by admin 6"), true);

    mvc.perform(get("/api/v1/cases").with(user("si-106")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("change the password")));
    accounts.setPassword("si-106", encoder.encode("one of my own choosing"), false);
    mvc.perform(get("/api/v1/cases").with(user("si-106"))).andExpect(status().isOk());
  }

  @Test
  void anAdministratorsPasswordResetRevokesTheMembersApiTokens() throws Exception {
    people.add("si-107", Role.ADMIN);
    people.add("si-108", Role.DISPATCHER);
    String token = tokens.issue("si-108", "script");
    mvc.perform(get("/api/v1/openapi.json").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());

    mvc.perform(
            post("/api/v1/staff/si-108/console-password")
                .with(user("si-107"))
                .with(csrf())
                .contentType("application/json")
                .content("{\"reason\":\"forgot it\"}"))
        .andExpect(status().isOk());

    mvc.perform(get("/api/v1/openapi.json").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
    assertThat(tokens.of("si-108")).isEmpty();
  }

  private boolean audited(String action, String subject) {
    return mongo.exists(
        Query.query(Criteria.where("action").is(action).and("subject").is(subject)),
        AuditEntry.class);
  }
}
