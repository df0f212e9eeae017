package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A channel posting every language in one post: the console measures that combined post too, and
 * refuses a notice whose languages fit alone but not together.
 */
@ConsoleIntegrationTest
class NoticeEveryLanguageIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Departments departments;
  @Autowired MongoTemplate mongo;
  private Department before;
  private Template template;

  @BeforeEach
  void setUp() {
    new ConsoleStaff(staff, accounts, encoder).add("el-disp", Role.DISPATCHER);
    before = departments.current().orElse(null);
    Department department =
        before == null
            ? Department.of("Riverton Police Department", "Non-emergency 555-0100", null, null)
            : before;
    departments.save(department.withLanguages(List.of("en", "es")));
    channels.save(
        new Channel(
            "el-one",
            ChatPlatform.TELEGRAM,
            "-1009900000001",
            "Alerts in English",
            Set.of(NoticeCategory.ROAD_CLOSURE)));
    channels.save(
        new Channel(
            "el-all",
            ChatPlatform.TELEGRAM,
            "-1009900000002",
            "Alerts in every language",
            Set.of(NoticeCategory.ROAD_CLOSURE),
            Channel.ALL));
    template =
        bilingual(
            "el_long",
            "{{street}} is closed. " + "Detours are signposted. ".repeat(100),
            "{{street}} está cerrada. " + "Los desvíos están señalizados. ".repeat(80),
            TemplateVariable.required("street", "Street", VariableType.LOCATION));
  }

  /**
   * An approved road closure "Closed: {{street}}" with {@code body}, in Spanish "Cerrada:
   * {{street}}" with {@code esBody}; the one stored by an earlier test when there is one.
   */
  private Template bilingual(String key, String body, String esBody, TemplateVariable... blanks) {
    Instant now = Instant.now();
    return templates
        .usable(key)
        .orElseGet(
            () ->
                templates.add(
                    Template.draft(
                            key,
                            NoticeCategory.ROAD_CLOSURE,
                            "Closed: {{street}}",
                            body,
                            List.of(blanks),
                            Severity.MINOR,
                            Urgency.EXPECTED,
                            Duration.ofHours(2),
                            List.of(),
                            "el-a",
                            now)
                        .withWordings(
                            Map.of("es", new TemplateWording("Cerrada: {{street}}", esBody)))
                        .submit("el-a", now)
                        .approve("el-b", null, now)));
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
    mongo.remove(Query.query(Criteria.where("_id").in("el-one", "el-all")), Channel.class);
  }

  @Test
  void aCombinedPostOverTelegramsLimitIsRefusedWhileEachLanguageAloneIsIssued() throws Exception {
    long notices = fromTemplate();

    String page =
        issue("el-all").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page)
        .contains("Nothing was posted")
        .contains("Alerts in every language: every language in one post")
        .contains("Too long");
    assertThat(fromTemplate()).isEqualTo(notices);

    issue("el-one").andExpect(status().is3xxRedirection());
    assertThat(fromTemplate()).isEqualTo(notices + 1);
  }

  @Test
  void aTimeIssuedFromTheConsoleReadsInSpanishInTheSpanishWording() throws Exception {
    Template timed =
        bilingual(
            "el_timed",
            "Reopens {{until}}.",
            "Reapertura: {{until}}.",
            TemplateVariable.required("street", "Street", VariableType.LOCATION),
            TemplateVariable.required("until", "Reopens", VariableType.DATETIME)
                .withWhen(org.deptbot.core.templates.TimeDirection.FUTURE));

    mvc.perform(
            post("/notices/new/el_timed")
                .with(user("el-disp"))
                .with(csrf())
                .param("draftId", UUID.randomUUID().toString())
                .param("v.street", "Elm Ct")
                .param("v.until", "2027-03-02 18:30")
                .param("targets", "el-one")
                .param("mode", "LIVE")
                .param("issue", "1"))
        .andExpect(status().is3xxRedirection());

    Notice issued =
        mongo.findOne(Query.query(Criteria.where("templateId").is(timed.id())), Notice.class);
    assertThat(issued).isNotNull();
    assertThat(issued.latest().body()).startsWith("Reopens Tue 2 Mar 2027, 18:30 ");
    assertThat(issued.latest().in("es").body()).startsWith("Reapertura: mar 2 mar 2027, 18:30 ");
  }

  @Test
  void aFreeTextAnswerGivenInSpanishTooIsKeptUntilTheEnglishAnswerChanges() throws Exception {
    Template own =
        bilingual(
            "el_own",
            "Why: {{why}}.",
            "Motivo: {{why}}.",
            TemplateVariable.required("street", "Street", VariableType.LOCATION),
            new TemplateVariable("why", "Why", VariableType.TEXT, true, 40, List.of()));

    // the form offers the free-text blank in Spanish, folded away; a street reads the same in both
    String form = page(get("/notices/new/el_own").with(user("el-disp")));
    assertThat(form)
        .contains("Answers in Español (optional)")
        .contains("name=\"v.why@es\"")
        .doesNotContain("name=\"v.street@es\"")
        .doesNotContain("<details class=\"languages\" open");

    // too long in Spanish: said with the blank and the language, and nothing is stored
    String refused = page(issueWithSpanish("Rotura de la tubería principal de agua potable"));
    assertThat(refused).contains("Why (Español) is 46 characters; the most is 40.");
    assertThat(refused).contains("<details class=\"languages\" open");
    assertThat(mongo.count(Query.query(Criteria.where("templateId").is(own.id())), Notice.class))
        .isZero();

    // a personal number typed only in the Spanish answer is refused like one in the English
    String ssn = page(issueWithSpanish("SSN 123-45-6789"));
    assertThat(ssn).contains("Nothing was posted").contains("###-##-####");

    // the API names the same problem the same way
    mvc.perform(
            post("/api/v1/notices")
                .with(user("el-disp"))
                .with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"draftId":"%s","template":"el_own","values":{"street":"Elm Ct",
                     "why":"Water main break",
                     "why@es":"Rotura de la tubería principal de agua potable"},
                     "targets":["el-one"]}"""
                        .formatted(UUID.randomUUID())))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.problems[0]")
                .value("Why (Español) is 46 characters; the most is 40. Please shorten it."));

    mvc.perform(issueWithSpanish("Rotura de tubería")).andExpect(status().is3xxRedirection());
    Notice issued =
        mongo.findOne(Query.query(Criteria.where("templateId").is(own.id())), Notice.class);
    assertThat(issued.latest().body()).isEqualTo("Why: Water main break.");
    assertThat(issued.latest().in("es").body()).isEqualTo("Motivo: Rotura de tubería.");

    // with its own Spanish answer, the preview has nothing to say about Spanish
    assertThat(page(formWithSpanish("Rotura de tubería")))
        .contains("Why: Water main break.")
        .doesNotContain("post uses your answers to");

    // the update form shows the Spanish answer, open; a change elsewhere keeps it
    assertThat(page(get("/notices/" + issued.id() + "/update").with(user("el-disp"))))
        .contains("<details class=\"languages\" open")
        .contains("value=\"Rotura de tubería\"");
    Notice kept = update(issued.id(), 1, "Oak Ave", "Water main break", "Rotura de tubería");
    assertThat(kept.latest().in("es").body()).isEqualTo("Motivo: Rotura de tubería.");

    // the preview of such an update says what the Spanish post will read, before it is saved
    String preview =
        page(
            post("/notices/" + issued.id() + "/update")
                .with(user("el-disp"))
                .with(csrf())
                .param("revision", "2")
                .param("v.street", "Oak Ave")
                .param("v.why", "Gas leak")
                .param("v.why@es", "Rotura de tubería"));
    assertThat(preview).contains("The Español post uses your answers to “Why” as typed.");

    // the English answer changes and the Spanish one is sent back as it was: the Spanish post
    // must not keep telling the old reason, so it uses the new answer as typed
    Notice moved = update(issued.id(), 2, "Oak Ave", "Gas leak", "Rotura de tubería");
    assertThat(moved.latest().body()).isEqualTo("Why: Gas leak.");
    assertThat(moved.latest().in("es").body()).isEqualTo("Motivo: Gas leak.");
    assertThat(moved.latest().values()).doesNotContainKey("why@es");

    Notice both = update(issued.id(), 3, "Oak Ave", "Gas main leak", "Fuga de gas");
    assertThat(both.latest().in("es").body()).isEqualTo("Motivo: Fuga de gas.");
  }

  /** The el_own form sent to issue, with "Water main break", in Spanish {@code whyEs}. */
  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      issueWithSpanish(String whyEs) {
    return formWithSpanish(whyEs).param("issue", "1");
  }

  /** The el_own form sent for a preview. */
  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      formWithSpanish(String whyEs) {
    return post("/notices/new/el_own")
        .with(user("el-disp"))
        .with(csrf())
        .param("draftId", UUID.randomUUID().toString())
        .param("v.street", "Elm Ct")
        .param("v.why", "Water main break")
        .param("v.why@es", whyEs)
        .param("targets", "el-one")
        .param("mode", "LIVE");
  }

  private Notice update(String id, int revision, String street, String why, String whyEs)
      throws Exception {
    mvc.perform(
            post("/notices/" + id + "/update")
                .with(user("el-disp"))
                .with(csrf())
                .param("revision", String.valueOf(revision))
                .param("v.street", street)
                .param("v.why", why)
                .param("v.why@es", whyEs)
                .param("note", "Changed")
                .param("save", "1"))
        .andExpect(status().is3xxRedirection());
    Notice after = mongo.findById(id, Notice.class);
    assertThat(after.latest().number()).isEqualTo(revision + 1);
    return after;
  }

  private String page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private org.springframework.test.web.servlet.ResultActions issue(String target) throws Exception {
    return mvc.perform(
        post("/notices/new/el_long")
            .with(user("el-disp"))
            .with(csrf())
            .param("draftId", UUID.randomUUID().toString())
            .param("v.street", "Cedar Ln")
            .param("targets", target)
            .param("mode", "LIVE")
            .param("issue", "1"));
  }

  private long fromTemplate() {
    return mongo.count(Query.query(Criteria.where("templateId").is(template.id())), Notice.class);
  }
}
