package org.deptbot.admin.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The approver is never the author (policy IV.A.2.a), in the console as in chat. */
@ConsoleIntegrationTest
class OwnTemplateApprovalIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired MongoTemplate mongo;
  TemplateFixtures fixtures;

  @BeforeEach
  void people() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("ot-author", Role.APPROVER);
    people.add("ot-other", Role.APPROVER);
    fixtures = new TemplateFixtures(templates, channels);
  }

  @Test
  void approvingOnesOwnTemplateIsRefusedSaysWhyAndChangesNothing() throws Exception {
    // GIVEN a template its author submitted
    String id = fixtures.pending("ot_own", "ot-author").id();

    // WHEN the author presses Approve, on the page and through the API
    mvc.perform(post("/templates/" + id + "/approve").with(user("ot-author")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("someone else must")));
    mvc.perform(post("/api/v1/templates/" + id + "/approve").with(user("ot-author")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.reason").value("OWN_TEMPLATE"));

    // THEN it still waits, and nothing was recorded as approved
    assertThat(templates.byId(id).orElseThrow().status())
        .isEqualTo(TemplateStatus.PENDING_APPROVAL);
    assertThat(approvalsOf(id)).isZero();
  }

  @Test
  void theAuthorsPageSaysAnotherApproverMustApproveAndOffersNoApproveButton() throws Exception {
    String id = fixtures.pending("ot_page", "ot-author").id();

    String page =
        mvc.perform(get("/templates/" + id).with(user("ot-author")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("another approver must approve it").doesNotContain(">Approve<");
  }

  @Test
  void anotherApproverApprovesAndTheAuditTrailSaysWho() throws Exception {
    String id = fixtures.pending("ot_other", "ot-author").id();

    mvc.perform(post("/templates/" + id + "/approve").with(user("ot-other")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(templates.byId(id).orElseThrow().status()).isEqualTo(TemplateStatus.APPROVED);
    assertThat(approvalsOf(id)).isEqualTo(1);
  }

  private long approvalsOf(String id) {
    return mongo.count(
        Query.query(
            Criteria.where("action").is("template.approved").and("subject").is("template:" + id)),
        AuditEntry.class);
  }
}
