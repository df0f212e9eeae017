package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Closing a missing person's notice from the console, as "Person found" does in chat. */
@ConsoleIntegrationTest
class NoticeFoundIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Notices notices;
  @Autowired org.deptbot.core.audit.AuditLog audit;

  @BeforeEach
  void dispatcher() {
    new ConsoleStaff(staff, accounts, encoder).add("nf-disp", Role.DISPATCHER);
  }

  @Test
  void aFoundPersonsNoticeIsReplacedByAThankYouWithoutTheirDetails() throws Exception {
    Notice missing = notices.add(as(NoticeCategory.MISSING_PERSON, "N-2026-400001"));
    String page =
        mvc.perform(get("/notices/" + missing.id()).with(user("nf-disp")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("The person is found…");
    String step =
        mvc.perform(get("/notices/" + missing.id() + "/found").with(user("nf-disp")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(step).contains("Mark " + missing.id() + " as found?", "cannot be undone");

    mvc.perform(
            post("/notices/" + missing.id() + "/found")
                .param("reason", "  ")
                .with(user("nf-disp"))
                .with(csrf()))
        .andExpect(status().isBadRequest());
    assertThat(notices.byId(missing.id()).orElseThrow().revisions())
        .as("no reason, no change")
        .hasSize(1);

    mvc.perform(
            post("/notices/" + missing.id() + "/found")
                .param("reason", "Found safe by patrol, case 26-1187")
                .with(user("nf-disp"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(audit.about("notice:" + missing.id()))
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("notice.found");
              assertThat(e.actor()).isEqualTo("nf-disp");
              assertThat(e.details()).containsEntry("reason", "Found safe by patrol, case 26-1187");
            });

    NoticeRevision last = notices.byId(missing.id()).orElseThrow().latest();
    assertThat(last.kind()).isEqualTo(NoticeRevision.Kind.FOUND);
    assertThat(last.title()).isEqualTo("Missing person found");
    assertThat(last.values()).isEmpty();
    assertThat(last.body()).doesNotContain(missing.revisions().get(0).body());
  }

  @Test
  void aNoticeAboutSomethingElseCannotBeMarkedFound() throws Exception {
    Notice road = notices.add(as(NoticeCategory.ROAD_CLOSURE, "N-2026-400002"));

    String answer =
        mvc.perform(
                post("/notices/" + road.id() + "/found")
                    .param("reason", "found")
                    .with(user("nf-disp"))
                    .with(csrf()))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(answer).contains("is not about a missing or endangered person");
    assertThat(notices.byId(road.id()).orElseThrow().revisions()).hasSize(1);
  }

  @Test
  void overTheApiFoundAndCancelNeedAReasonAndRecordIt() throws Exception {
    Notice missing = notices.add(as(NoticeCategory.MISSING_PERSON, "N-2026-400003"));
    Notice road = notices.add(as(NoticeCategory.ROAD_CLOSURE, "N-2026-400004"));

    for (String[] call :
        new String[][] {
          {"/api/v1/notices/" + missing.id() + "/found", ""},
          {"/api/v1/notices/" + missing.id() + "/found", "{\"reason\":\"\"}"},
          {"/api/v1/notices/" + road.id() + "/cancel", ""},
          {"/api/v1/notices/" + road.id() + "/cancel", "{\"note\":\"Road open again\"}"}
        }) {
      mvc.perform(
              post(call[0])
                  .with(user("nf-disp"))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(call[1]))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(containsString("This call needs a reason")));
    }
    assertThat(notices.byId(missing.id()).orElseThrow().revisions()).hasSize(1);
    assertThat(notices.byId(road.id()).orElseThrow().revisions()).hasSize(1);

    mvc.perform(
            post("/api/v1/notices/" + missing.id() + "/found")
                .with(user("nf-disp"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Home safe, family called\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/notices/" + road.id() + "/cancel")
                .with(user("nf-disp"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"Road open again\",\"reason\":\"Crews finished early\"}"))
        .andExpect(status().isOk());

    assertThat(audit.about("notice:" + missing.id()))
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("notice.found");
              assertThat(e.actor()).isEqualTo("nf-disp");
              assertThat(e.details()).containsEntry("reason", "Home safe, family called");
            });
    assertThat(audit.about("notice:" + road.id()))
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("notice.cancelled");
              assertThat(e.details()).containsEntry("reason", "Crews finished early");
            });
  }

  private static Notice as(NoticeCategory category, String id) {
    Notice n = NoticeFixtures.roadClosure(id, NoticeMode.LIVE);
    return new Notice(
        n.id(),
        n.templateId(),
        category,
        n.severity(),
        n.urgency(),
        n.mode(),
        n.targets(),
        n.issuedBy(),
        n.expiresAt(),
        n.status(),
        n.revisions());
  }
}
