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
import java.util.UUID;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.notices.TestMessageRule;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a dispatcher reads in the console around a notice: a choice blank as a select whose typed
 * first letters are enough, when the notice expires (and that an update moves it), every time with
 * the department's zone (UTC here), and a template previewed with sample answers.
 */
@ConsoleIntegrationTest
class NoticeDetailsIT {

  private static final String STAMP =
      "[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}(?: \\d{4})?, \\d{2}:\\d{2} UTC";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;
  @Autowired TestMessages testMessages;
  Template template;

  @BeforeEach
  void setUp() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("nd-disp", Role.DISPATCHER);
    people.add("nd-appr", Role.APPROVER);
    new TemplateFixtures(templates, channels).channel("nd-alerts");
    template = templates.usable("nd_road").orElseGet(this::approvedTemplate);
  }

  @Test
  void aChoiceIsASelectAndTheFirstLettersOfOneChoiceAreEnough() throws Exception {
    String form = page(get("/notices/new/nd_road").with(user("nd-disp")));
    assertThat(form)
        .contains("<select id=\"v-reason\" name=\"v.reason\"")
        .contains("<option value=\"Fallen tree\">Fallen tree</option>");

    assertThat(page(preview("fl", "")))
        .contains("Reason: Flooding.")
        .contains("<option value=\"Flooding\" selected=\"selected\">Flooding</option>");
    assertThat(page(preview("f", ""))).contains("“f” could be Flooding, Fallen tree.");
  }

  @Test
  void thePreviewSaysWhenItExpiresAndAReopeningAfterThatKeepsItUp() throws Exception {
    assertThat(page(preview("crash", ""))).containsPattern("Expires " + STAMP + "\\.");

    String id = issue("in 10 hours");
    Notice issued = notices.byId(id).orElseThrow();
    assertThat(Duration.between(issued.latest().at(), issued.expiresAt()))
        .as("the template's 6 hours are outlasted by the reopening in 10 hours")
        .isBetween(Duration.ofHours(9).plusMinutes(58), Duration.ofHours(10));

    String update =
        page(
            post("/notices/" + id + "/update")
                .with(user("nd-disp"))
                .with(csrf())
                .param("revision", "1")
                .param("v.until", "in 20 hours"));
    assertThat(update).containsPattern("Expires " + STAMP + ": moved from " + STAMP);

    String shown = page(get("/notices/" + id).with(user("nd-disp")));
    assertThat(shown).containsPattern("<dd>" + STAMP + " · Member nd-disp</dd>");
    assertThat(shown).containsPattern("<dd>" + STAMP + "</dd>");
    assertThat(page(get("/notices").with(user("nd-disp")))).containsPattern(STAMP + " · nd-disp");
  }

  @Test
  void theNoticesPageSaysWhenTheNextTestMessageGoesOutWithTheZone() throws Exception {
    assertThat(page(get("/notices").with(user("nd-disp")))).doesNotContain("Next test message");
    testMessages.set(
        List.of(
            new TestMessage(
                "monthly",
                "nd_road",
                TestMessageRule.parse("monthly first Wednesday 10:00").orElseThrow(),
                List.of("nd-alerts"))));
    try {
      assertThat(page(get("/notices").with(user("nd-disp"))))
          .containsPattern("Next test message: " + STAMP + ", to nd-alerts\\.");
    } finally { // the console's other tests share this database
      testMessages.set(List.of());
    }
  }

  @Test
  void theTemplatePageReadsWithSampleAnswers() throws Exception {
    String shown = page(get("/templates/" + template.id()).with(user("nd-appr")));
    assertThat(shown)
        .contains("Elm St at 4th is closed.")
        .contains("Reason: Crash.")
        .containsPattern("Reopens: today \\d{2}:\\d{2} UTC|Reopens: " + STAMP);
  }

  private Template approvedTemplate() {
    Instant now = Instant.now();
    Template draft =
        Template.draft(
            "nd_road",
            NoticeCategory.ROAD_CLOSURE,
            "Road closed: {{street}}",
            "{{street}} is closed.\nReason: {{reason}}.\nReopens: {{until}}.",
            List.of(
                TemplateVariable.required("street", "Street", VariableType.LOCATION)
                    .withExample("Elm St at 4th"),
                new TemplateVariable(
                    "reason",
                    "Why",
                    VariableType.TEXT,
                    true,
                    0,
                    List.of("Crash", "Flooding", "Fallen tree")),
                TemplateVariable.optional("until", "Reopens", VariableType.DATETIME)),
            Severity.MODERATE,
            Urgency.EXPECTED,
            Duration.ofHours(6),
            List.of(),
            "nd-a",
            now);
    return templates.add(draft.submit("nd-a", now).approve("nd-b", null, now));
  }

  private MockHttpServletRequestBuilder preview(String reason, String until) {
    return post("/notices/new/nd_road")
        .with(user("nd-disp"))
        .with(csrf())
        .param("draftId", UUID.randomUUID().toString())
        .param("v.street", "Main St")
        .param("v.reason", reason)
        .param("v.until", until)
        .param("targets", "nd-alerts")
        .param("mode", "LIVE");
  }

  private String issue(String until) throws Exception {
    String to =
        mvc.perform(preview("crash", until).param("issue", "1"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return to.substring("/notices/".length());
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
