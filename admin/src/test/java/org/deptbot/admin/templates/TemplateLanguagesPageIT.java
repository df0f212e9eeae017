package org.deptbot.admin.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department speaking English and Spanish: an approver sees a pending template's wording in both,
 * side by side, and one without Spanish says so and can still be approved.
 */
@ConsoleIntegrationTest
class TemplateLanguagesPageIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Departments departments;
  @Autowired org.springframework.data.mongodb.core.MongoTemplate mongo;
  private Department before;

  @BeforeEach
  void bilingualDepartment() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("tl-author", Role.APPROVER);
    people.add("tl-approver", Role.APPROVER);
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
          org.springframework.data.mongodb.core.query.Query.query(
              org.springframework.data.mongodb.core.query.Criteria.where("_id")
                  .is(Department.SINGLETON_ID)),
          Department.class);
    }
  }

  @Test
  void eachLanguageIsShownSideBySideAndAMissingOneIsNamedWithApprovalStillOffered()
      throws Exception {
    Instant now = Instant.now();
    Template both =
        templates.add(
            TemplateFixtures.roadClosure("tl_both", "tl-author")
                .withWordings(TemplateFixtures.inSpanish())
                .submit("tl-author", now));
    Template englishOnly =
        templates.add(
            TemplateFixtures.roadClosure("tl_english", "tl-author").submit("tl-author", now));

    String page = page(both);
    assertThat(page)
        .contains("id=\"languages\"", "English", "Spanish")
        .contains("Road closed: {{street}}", "Calle cerrada: {{street}}")
        .doesNotContain("No Spanish wording");
    assertThat(page.indexOf("Road closed: {{street}}"))
        .isLessThan(page.indexOf("Calle cerrada: {{street}}"));

    assertThat(page(englishOnly))
        .contains(
            "No Spanish wording: Spanish readers and channels get English. It can still be"
                + " approved.")
        .contains("/templates/" + englishOnly.id() + "/approve");
  }

  @Test
  void aSampleTimeReadsInSpanishInTheSpanishSample() throws Exception {
    Instant now = Instant.now();
    Template timed =
        templates.add(
            Template.draft(
                    "tl_timed",
                    NoticeCategory.ROAD_CLOSURE,
                    "Closed: {{street}}",
                    "Reopens {{until}}.",
                    List.of(
                        TemplateVariable.required("street", "Street", VariableType.LOCATION),
                        TemplateVariable.required("until", "Reopens", VariableType.DATETIME)),
                    Severity.MINOR,
                    Urgency.EXPECTED,
                    Duration.ofHours(2),
                    List.of(),
                    "tl-author",
                    now)
                .withWordings(
                    Map.of(
                        "es", new TemplateWording("Cerrada: {{street}}", "Reapertura: {{until}}.")))
                .submit("tl-author", now));

    String page = page(timed);
    // "in 2 hours" is today, tomorrow or a weekday, each worded in the post's own language
    assertThat(page)
        .containsPattern("Reopens (today|tomorrow|Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d")
        .containsPattern("Reapertura: (hoy|mañana|lun|mar|mié|jue|vie|sáb|dom) \\d")
        .doesNotContainPattern("Reapertura: (today|tomorrow|Mon|Tue|Wed|Thu|Fri|Sat|Sun) ");
  }

  private String page(Template t) throws Exception {
    return mvc.perform(get("/templates/" + t.id()).with(user("tl-approver")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
