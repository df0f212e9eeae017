package org.deptbot.admin.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.AfterEach;
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

/**
 * The template form and the API in a department posting in English and Spanish: a wording per
 * language, each with exactly the English blanks (a refusal names the language and the blank and
 * changes nothing), an edit keeping what it did not change, and a preview per language.
 */
@ConsoleIntegrationTest
class TemplateFormLanguagesIT {

  static final String TITLE = "Road closed: {{street}}";
  static final String BODY = "{{street}} is closed until {{until}}.";
  static final String BLANKS = "street | Street | LOCATION\nuntil | Until | TEXT";
  static final String TITLE_ES = "Calle cerrada: {{street}}";
  static final String BODY_ES = "{{street}} está cerrada hasta {{until}}.";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Departments departments;
  @Autowired MongoTemplate mongo;
  private Department before;

  @BeforeEach
  void bilingualDepartment() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("tf-author", Role.APPROVER);
    people.add("tf-approver", Role.APPROVER);
    before = departments.current().orElse(null);
    Department department =
        before == null
            ? Department.of("Riverton Police Department", "Non-emergency 555-0100", null, null)
            : before;
    departments.save(department.withLanguages(List.of("en", "es")));
  }

  /** The context is shared: leave the department as other tests expect it. */
  @AfterEach
  void restore() {
    if (before != null) {
      departments.save(before);
    } else {
      mongo.remove(
          Query.query(Criteria.where("_id").is(Department.SINGLETON_ID)), Department.class);
    }
  }

  @Test
  void theFormHasATitleAndATextForEachLanguageEachNamedTheDefaultNeeded() throws Exception {
    String page =
        mvc.perform(get("/templates/new").with(user("tf-author")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("English (needed)", "Spanish (may be left empty)")
        .contains("Title in English", "Text in English", "Title in Spanish", "Text in Spanish")
        .contains("name=\"wordings[es].title\"", "name=\"wordings[es].body\"")
        .doesNotContain("wordings[en]");
    assertThat(page.indexOf("Title in English")).isLessThan(page.indexOf("Title in Spanish"));
  }

  @Test
  void aDraftWithSpanishIsSavedAndAnEditKeepsWhatItDidNotChange() throws Exception {
    mvc.perform(form("/templates", "tf_both", "wordings[es].body", BODY_ES))
        .andExpect(status().is3xxRedirection());
    Template saved = templates.byId("tf_both:v1").orElseThrow();
    assertThat(saved.wordings()).containsEntry("es", new TemplateWording(TITLE_ES, BODY_ES));

    // the edit form shows the Spanish as stored
    String edit =
        mvc.perform(get("/templates/tf_both:v1/edit").with(user("tf-author")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(edit).contains("value=\"Calle cerrada: {{street}}\"", BODY_ES);

    // English changed, Spanish sent back as shown: Spanish unchanged
    mvc.perform(
            form(
                "/templates/tf_both:v1",
                "tf_both",
                "title",
                "Road closure: {{street}}",
                "wordings[es].body",
                BODY_ES))
        .andExpect(status().is3xxRedirection());
    Template edited = templates.byId("tf_both:v1").orElseThrow();
    assertThat(edited.title()).isEqualTo("Road closure: {{street}}");
    assertThat(edited.wordingIn("es")).isEqualTo(new TemplateWording(TITLE_ES, BODY_ES));

    // a client that sends no wording at all keeps it too
    mvc.perform(form("/templates/tf_both:v1", "tf_both", "wordings[es].title", null))
        .andExpect(status().is3xxRedirection());
    assertThat(templates.byId("tf_both:v1").orElseThrow().wordings())
        .containsEntry("es", new TemplateWording(TITLE_ES, BODY_ES));

    // both Spanish fields emptied: the template lacks Spanish and says so, and can be approved
    mvc.perform(
            form(
                "/templates/tf_both:v1",
                "tf_both",
                "wordings[es].title",
                "",
                "wordings[es].body",
                " "))
        .andExpect(status().is3xxRedirection());
    assertThat(templates.byId("tf_both:v1").orElseThrow().missingLanguages(List.of("en", "es")))
        .containsExactly("es");
    mvc.perform(post("/templates/tf_both:v1/submit").with(user("tf-author")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/templates/tf_both:v1/approve").with(user("tf-approver")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(templates.byId("tf_both:v1").orElseThrow().status())
        .isEqualTo(TemplateStatus.APPROVED);
  }

  @Test
  void aBlankMissingOrUnknownInSpanishIsNamedAndNothingIsSaved() throws Exception {
    String page =
        mvc.perform(form("/templates", "tf_wrong", "wordings[es].body", "{{calle}} está cerrada."))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(
            "The Spanish wording lacks {{until}} and has {{calle}}, which the English wording does"
                + " not use. Use the same blanks as the English wording.")
        // what was typed is still there to fix
        .contains("{{calle}} está cerrada.");
    assertThat(templates.versions("tf_wrong")).isEmpty();

    String noTitle =
        mvc.perform(
                form(
                    "/templates",
                    "tf_wrong",
                    "wordings[es].title",
                    "",
                    "wordings[es].body",
                    BODY_ES))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(noTitle)
        .contains("The Spanish wording needs a title, or leave its title and text both empty.");
    assertThat(templates.versions("tf_wrong")).isEmpty();
  }

  @Test
  void aRefusedEditChangesNothingAndANewVersionCarriesItsOwnSpanish() throws Exception {
    Instant now = Instant.now();
    Template approved =
        templates.add(
            TemplateFixtures.roadClosure("tf_rev", "tf-author")
                .withWordings(
                    Map.of(
                        "es",
                        new TemplateWording(
                            TITLE_ES, "{{street}} está cerrada hasta {{until}}. {{detour}}")))
                .submit("tf-author", now)
                .approve("tf-approver", null, now));

    // the English gains {{detour}}, the Spanish given lacks it: refused, no new version
    String refused =
        mvc.perform(
                form(
                    "/templates/" + approved.id(),
                    "tf_rev",
                    "body",
                    "{{street}} is closed until {{until}}. {{detour}}",
                    "variables",
                    BLANKS + "\ndetour | Detour | TEXT | optional",
                    "wordings[es].body",
                    BODY_ES))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("The Spanish wording lacks {{detour}}.");
    assertThat(templates.versions("tf_rev")).hasSize(1);

    mvc.perform(
            form(
                "/templates/" + approved.id(),
                "tf_rev",
                "body",
                "{{street}} is closed until {{until}}. {{detour}}",
                "variables",
                BLANKS + "\ndetour | Detour | TEXT | optional",
                "wordings[es].body",
                BODY_ES + " {{detour}}"))
        .andExpect(status().is3xxRedirection());
    Template second = templates.byId("tf_rev:v2").orElseThrow();
    assertThat(second.status()).isEqualTo(TemplateStatus.DRAFT);
    assertThat(second.wordingIn("es").body()).isEqualTo(BODY_ES + " {{detour}}");
    assertThat(templates.byId(approved.id()).orElseThrow().wordingIn("es").body())
        .isEqualTo("{{street}} está cerrada hasta {{until}}. {{detour}}");
  }

  @Test
  void thePreviewShowsEachLanguage() throws Exception {
    String page =
        mvc.perform(form("/templates", "tf_preview", "wordings[es].body", BODY_ES, "preview", "1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"preview-en\"", "id=\"preview-es\"");
    String spanish = page.substring(page.indexOf("id=\"preview-es\""));
    assertThat(spanish)
        .contains("Calle cerrada: ", "está cerrada hasta")
        .contains("Aviso N-preview");
    assertThat(page.substring(page.indexOf("id=\"preview-en\""), page.indexOf("id=\"preview-es\"")))
        .contains("Road closed: ")
        .doesNotContain("Calle cerrada");
    assertThat(templates.versions("tf_preview")).isEmpty();
  }

  @Test
  void theApiTakesAndReturnsWordingsAndKeepsThemWhenARequestHasNone() throws Exception {
    String created =
        """
        {"key":"tf_api","category":"ROAD_CLOSURE","title":"%s","body":"%s","variables":"%s",
         "severity":"MINOR","urgency":"EXPECTED","expiryHours":2,
         "wordings":{"es":{"title":"%s","body":"%s"}}}
        """
            .formatted(TITLE, BODY, BLANKS.replace("\n", "\\n"), TITLE_ES, BODY_ES);
    mvc.perform(json(post("/api/v1/templates"), created))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.wordings.es.title").value(TITLE_ES))
        .andExpect(jsonPath("$.wordings.es.body").value(BODY_ES));

    // an older client's change, without wordings: the Spanish stays
    String old =
        """
        {"category":"ROAD_CLOSURE","title":"Road closure: {{street}}","body":"%s",
         "variables":"%s","severity":"MINOR","urgency":"EXPECTED","expiryHours":2}
        """
            .formatted(BODY, BLANKS.replace("\n", "\\n"));
    mvc.perform(json(put("/api/v1/templates/tf_api:v1"), old))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Road closure: {{street}}"))
        .andExpect(jsonPath("$.wordings.es.title").value(TITLE_ES));

    // a Spanish wording without {{until}}: 400 naming it, nothing changed
    String lacking =
        old.replace(
            "\"expiryHours\":2}",
            "\"expiryHours\":2,\"wordings\":{\"es\":{\"title\":\"%s\",\"body\":\"Cerrada.\"}}}"
                .formatted(TITLE_ES));
    mvc.perform(json(put("/api/v1/templates/tf_api:v1"), lacking))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.problems[0]")
                .value(
                    "The Spanish wording lacks {{until}}. Use the same blanks as the English"
                        + " wording."));
    assertThat(templates.byId("tf_api:v1").orElseThrow().wordingIn("es").body()).isEqualTo(BODY_ES);

    // a language the department does not post in
    String french =
        old.replace(
            "\"expiryHours\":2}",
            "\"expiryHours\":2,\"wordings\":{\"fr\":{\"title\":\"Route\",\"body\":\"Fermée.\"}}}");
    mvc.perform(json(put("/api/v1/templates/tf_api:v1"), french))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    containsString(
                        "The department does not post in “fr”. Its languages are English,"
                            + " Spanish.")));

    mvc.perform(get("/api/v1/templates/tf_api:v1/preview").with(user("tf-approver")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.languages[0].language").value("en"))
        .andExpect(jsonPath("$.languages[1].name").value("Spanish"))
        .andExpect(jsonPath("$.languages[1].post.title").value(containsString("Calle cerrada: ")));
  }

  /**
   * The form as the console's page sends it (English fields and the Spanish title), with {@code
   * changes}: pairs of a field and its value, a null value leaving the field out.
   */
  private MockHttpServletRequestBuilder form(String path, String key, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("key", key);
    fields.put("category", "ROAD_CLOSURE");
    fields.put("title", TITLE);
    fields.put("body", BODY);
    fields.put("variables", BLANKS);
    fields.put("severity", "MINOR");
    fields.put("urgency", "EXPECTED");
    fields.put("expiryHours", "2");
    fields.put("wordings[es].title", TITLE_ES);
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post(path).with(user("tf-author")).with(csrf());
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            request.param(name, value);
          }
        });
    return request;
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request
        .with(user("tf-author"))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
