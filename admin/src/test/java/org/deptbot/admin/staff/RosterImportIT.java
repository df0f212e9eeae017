package org.deptbot.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChatIdentity;
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
class RosterImportIT {

  private static final String ADMIN = "ri-admin";
  private static final String GOOD =
      "id,name,roles,supervisor,telegram\n"
          + "ri-1,Sgt. Ri One,SUPERVISOR,ri-admin,710000001\n"
          + "ri-2,Officer Ri Two,EMPLOYEE,ri-1,\n";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ChatLinks links;
  @Autowired AuditLog auditLog;
  @Autowired Reports reports;

  @BeforeEach
  void admin() {
    staff.save(new StaffMember(ADMIN, "Ri Admin", Set.of(Role.ADMIN), null, true));
  }

  @Test
  void aCsvWithOneBadLineChangesNothingAndNamesTheLine() throws Exception {
    String oneBad =
        GOOD.replace("710000001", "710000009") + "ri-3,Officer Ri Three,EMPLOYE,ri-1,\n";

    mvc.perform(importForm("/staff/import", oneBad))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("line 4: role &#39;EMPLOYE&#39; is not known")));
    mvc.perform(importForm("/staff/import/confirm", oneBad))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("nothing was imported")));
    mvc.perform(
            post("/api/v1/staff/import?confirm=true")
                .with(user(ADMIN))
                .with(csrf())
                .contentType(MediaType.TEXT_PLAIN)
                .content(oneBad))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].line").value(4));

    assertThat(staff.byId("ri-1")).isEmpty();
    assertThat(staff.byId("ri-2")).isEmpty();
    assertThat(links.of(new ChatIdentity(ChatPlatform.TELEGRAM, "710000009"))).isEmpty();
  }

  @Test
  void thePreviewListsTheChangesAndOnlyTheConfirmationMakesThem() throws Exception {
    mvc.perform(importForm("/staff/import", GOOD.replace("ri-", "rp-").replace("rp-admin", ADMIN)))
        .andExpect(content().string(containsString("add rp-1")))
        .andExpect(content().string(containsString("link telegram:710000001 to rp-1")));
    assertThat(staff.byId("rp-1")).isEmpty();

    mvc.perform(
            importForm(
                "/staff/import/confirm", GOOD.replace("ri-", "rp-").replace("rp-admin", ADMIN)))
        .andExpect(redirectedUrl("/staff"));

    assertThat(staff.byId("rp-2").orElseThrow().supervisorId()).isEqualTo("rp-1");
    assertThat(
            links.of(new ChatIdentity(ChatPlatform.TELEGRAM, "710000001")).orElseThrow().staffId())
        .isEqualTo("rp-1");
  }

  @Test
  void aRosterThatWouldCloseALoopWithTheStoredChainIsRefused() throws Exception {
    staff.save(new StaffMember("rl-top", "Top", Set.of(Role.SUPERVISOR), null, true));
    staff.save(new StaffMember("rl-low", "Low", Set.of(Role.EMPLOYEE), "rl-top", true));

    mvc.perform(
            importForm("/staff/import", "id,name,roles,supervisor\nrl-top,Top,SUPERVISOR,rl-low\n"))
        .andExpect(content().string(containsString("line 2: chain of command loops")));

    assertThat(staff.byId("rl-top").orElseThrow().supervisorId()).isNull();
  }

  @Test
  void anImportThatChangesTheImportersOwnRolesIsRefused() throws Exception {
    String promotion = "id,name,roles,supervisor\n" + ADMIN + ",Ri Admin,ADMIN;INTERNAL_AFFAIRS,\n";

    mvc.perform(importForm("/staff/import/confirm", promotion))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("your own roles")));
    mvc.perform(
            post("/api/v1/staff/import?confirm=true")
                .with(user(ADMIN))
                .with(csrf())
                .contentType(MediaType.TEXT_PLAIN)
                .content(promotion))
        .andExpect(status().isUnprocessableEntity());

    assertThat(staff.byId(ADMIN).orElseThrow().roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void theSeedFileFormatImportsTheStaffList() throws Exception {
    String seed =
        "staff:\n"
            + "  - id: rs-1\n"
            + "    name: Seeded Sergeant\n"
            + "    roles: [SUPERVISOR]\n"
            + "  - id: rs-2\n"
            + "    name: Seeded Officer\n"
            + "    roles: [EMPLOYEE]\n"
            + "    supervisor: rs-1\n";

    mvc.perform(
            post("/api/v1/staff/import?format=SEED&confirm=true")
                .with(user(ADMIN))
                .with(csrf())
                .contentType(MediaType.TEXT_PLAIN)
                .content(seed))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(true));

    assertThat(staff.byId("rs-2").orElseThrow().supervisorId()).isEqualTo("rs-1");
  }

  private static org.springframework.test.web.servlet.RequestBuilder importForm(
      String path, String text) {
    return post(path).with(user(ADMIN)).with(csrf()).param("format", "CSV").param("text", text);
  }

  @Test
  void aMemberTheImportDeactivatesHandsTheirOpenCasesOn() throws Exception {
    staff.save(new StaffMember("rh-1", "Sgt. Rh One", Set.of(Role.SUPERVISOR), ADMIN, true));
    reports.submit(
        CaseFixtures.confidential("R-2026-990101", "someone", null, "rh-1", Instant.now()));

    mvc.perform(
            importForm(
                "/staff/import/confirm",
                "id,name,roles,supervisor,active\nrh-1,Sgt. Rh One,SUPERVISOR,ri-admin,false\n"))
        .andExpect(redirectedUrl("/staff"));

    Report handedOver = reports.byId("R-2026-990101").orElseThrow();
    assertThat(handedOver.handlerId()).isNotEqualTo("rh-1");
    assertThat(handedOver.handlerToNotify()).isTrue();
  }

  @Test
  void eachMemberChangeOfAnImportIsAuditedWithBeforeAndAfter() throws Exception {
    staff.save(new StaffMember("ra-1", "Sgt. Ra One", Set.of(Role.SUPERVISOR), ADMIN, true));
    staff.save(new StaffMember("ra-2", "Officer Ra Two", Set.of(Role.EMPLOYEE), "ra-1", true));

    mvc.perform(
            importForm(
                "/staff/import/confirm",
                "id,name,roles,supervisor,telegram,active\n"
                    + "ra-1,Sgt. Ra One,SUPERVISOR,ri-admin,,false\n"
                    + "ra-2,Officer Ra Two,EMPLOYEE;DISPATCHER,ri-admin,710000055,true\n"))
        .andExpect(redirectedUrl("/staff"));

    assertThat(auditLog.about("staff:ra-2"))
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(ADMIN))
        .extracting(
            e -> e.action() + " " + e.details().get("before") + " → " + e.details().get("after"))
        .containsExactlyInAnyOrder(
            "staff.roles_changed [EMPLOYEE] → [EMPLOYEE, DISPATCHER]",
            "staff.supervisor_changed ra-1 → ri-admin",
            "staff.chat_linked (none) → ra-2");
    assertThat(auditLog.about("staff:ra-1"))
        .extracting(e -> e.actor() + " " + e.action() + " " + e.details().get("after"))
        .containsExactly(ADMIN + " staff.deactivated inactive");
  }
}
