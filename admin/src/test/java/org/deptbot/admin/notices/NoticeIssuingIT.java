package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issuing from the console: once per form however often it is sent, and never past a guardrail. */
@ConsoleIntegrationTest
class NoticeIssuingIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired MongoTemplate mongo;
  @Autowired NoticeForms desk;
  Template template;

  @BeforeEach
  void setUp() {
    new ConsoleStaff(staff, accounts, encoder).add("ni-disp", Role.DISPATCHER);
    var t = new TemplateFixtures(templates, channels);
    t.channel("ni-alerts");
    template = templates.usable("ni_road").orElseGet(() -> t.approved("ni_road", "ni-a", "ni-b"));
  }

  @Test
  void pressingIssueTwiceWithTheSameFormMakesOneNotice() throws Exception {
    String draft = UUID.randomUUID().toString();
    long before = noticesFromTemplate();

    String first = issue(draft, "Main St").andReturn().getResponse().getRedirectedUrl();
    String second = issue(draft, "Main St").andReturn().getResponse().getRedirectedUrl();

    assertThat(first).startsWith("/notices/N-").isEqualTo(second);
    assertThat(noticesFromTemplate()).isEqualTo(before + 1);
  }

  @Test
  void anUpdateFormSentTwiceMakesOneRevisionAndTheSecondIsToldWhy() throws Exception {
    String id =
        issue(UUID.randomUUID().toString(), "Elm St")
            .andReturn()
            .getResponse()
            .getRedirectedUrl()
            .substring("/notices/".length());

    for (int i = 0; i < 2; i++) {
      mvc.perform(
          post("/notices/" + id + "/update")
              .with(user("ni-disp"))
              .with(csrf())
              .param("revision", "1")
              .param("v.street", "Elm St and 5th Ave")
              .param("v.until", "20:00")
              .param("note", "closure extended")
              .param("save", "1"));
    }

    var notice = mongo.findById(id, org.deptbot.core.notices.Notice.class);
    assertThat(notice.revisions()).hasSize(2);
    String third =
        mvc.perform(
                post("/notices/" + id + "/update")
                    .with(user("ni-disp"))
                    .with(csrf())
                    .param("revision", "1")
                    .param("v.street", "Elm St")
                    .param("v.until", "20:00")
                    .param("save", "1"))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(third).contains("Your change was not saved", "changed a moment ago", "sent twice");
  }

  @Test
  void eightIssuesOfTheSameDraftAtOnceMakeOneNotice() throws Exception {
    Actor dispatcher = Actor.staff(staff.byId("ni-disp").orElseThrow(), null);
    var issue =
        new NoticeForms.Issue(
            UUID.randomUUID().toString(),
            Map.of("street", "Oak Ave", "until", "noon"),
            List.of("ni-alerts"),
            NoticeMode.LIVE,
            false);
    long before = noticesFromTemplate();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<String> press = () -> desk.issue(dispatcher, template, issue).id();
      List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(8, press));
      Set<String> ids = results.stream().map(NoticeIssuingIT::get).collect(Collectors.toSet());

      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(noticesFromTemplate()).isEqualTo(before + 1);
  }

  @Test
  void aSocialSecurityNumberIsRefusedNothingIsStoredAndThePageSaysWhy() throws Exception {
    long before = noticesFromTemplate();
    long audited = audited();

    String page =
        issue(UUID.randomUUID().toString(), "SSN 123-45-6789")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Nothing was posted", "Social Security number")
        .contains("###-##-####");
    assertThat(noticesFromTemplate()).isEqualTo(before);
    assertThat(audited()).isEqualTo(audited);
  }

  @Test
  void theApiAnswersAGuardrailRefusalWith422AndTheReasons() throws Exception {
    long before = noticesFromTemplate();

    mvc.perform(
            post("/api/v1/notices")
                .with(user("ni-disp"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"draftId":"%s","template":"ni_road","values":{"street":"SSN 123-45-6789",
                     "until":"noon"},"targets":["ni-alerts"]}"""
                        .formatted(UUID.randomUUID())))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("###")));

    assertThat(noticesFromTemplate()).isEqualTo(before);
  }

  @Test
  void theApiRefusesTheTestModeWhichOnlyTheScheduledTestMessagesUse() throws Exception {
    long before = noticesFromTemplate();

    mvc.perform(
            post("/api/v1/notices")
                .with(user("ni-disp"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"draftId":"%s","template":"ni_road","values":{"street":"Main St",
                     "until":"noon"},"targets":["ni-alerts"],"mode":"TEST"}"""
                        .formatted(UUID.randomUUID())))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("Send this notice as LIVE")));

    assertThat(noticesFromTemplate()).isEqualTo(before);
  }

  @Test
  void aWarningIsIssuedOnlyOnceTheDispatcherConfirmsTheyCheckedIt() throws Exception {
    String draft = UUID.randomUUID().toString();
    long before = noticesFromTemplate();

    issue(draft, "Main St, where the perpetrator fled").andExpect(status().isOk());
    assertThat(noticesFromTemplate()).isEqualTo(before);

    issue(draft, "Main St, where the perpetrator fled", "checked", "yes")
        .andExpect(status().is3xxRedirection());
    assertThat(noticesFromTemplate()).isEqualTo(before + 1);
  }

  private org.springframework.test.web.servlet.ResultActions issue(
      String draft, String street, String... more) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/notices/new/ni_road")
            .with(user("ni-disp"))
            .with(csrf())
            .param("draftId", draft)
            .param("v.street", street)
            .param("v.until", "18:00")
            .param("targets", "ni-alerts")
            .param("mode", "LIVE")
            .param("issue", "1");
    for (int i = 0; i + 1 < more.length; i += 2) {
      request.param(more[i], more[i + 1]);
    }
    return mvc.perform(request);
  }

  private long noticesFromTemplate() {
    return mongo.count(Query.query(Criteria.where("templateId").is(template.id())), Notice.class);
  }

  private long audited() {
    return mongo.count(
        Query.query(Criteria.where("action").is("notice.issued").and("actor").is("staff:ni-disp")),
        AuditEntry.class);
  }

  private static String get(Future<String> result) {
    try {
      return result.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
