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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what with templates, page and API alike: a row per endpoint, a column per member
 * (EMPLOYEE, DISPATCHER, SUPERVISOR, the APPROVER who wrote the template, another APPROVER,
 * INTERNAL_AFFAIRS, ADMIN). 403 is refused by role; 409 is refused by the template's own rules.
 */
@ConsoleIntegrationTest
class TemplatesAccessIT {

  static final String[] WHO = {
    "ta-emp", "ta-disp", "ta-sup", "ta-author", "ta-appr", "ta-ia", "ta-admin"
  };
  static final String FORM =
      "category=ROAD_CLOSURE&title=Closed: {{street}}&body=Closed.&variables=street&severity=MINOR"
          + "&urgency=EXPECTED&expiryHours=2";
  static final String JSON =
      "{\"key\":\"%s\",\"category\":\"ROAD_CLOSURE\",\"title\":\"Closed\",\"body\":\"Closed.\","
          + "\"severity\":\"MINOR\",\"urgency\":\"EXPECTED\",\"expiryHours\":2}";

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired org.deptbot.core.audit.AuditLog audit;
  TemplateFixtures fixtures;
  final AtomicInteger serial = new AtomicInteger();

  @BeforeEach
  void people() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("ta-emp", Role.EMPLOYEE);
    people.add("ta-disp", Role.DISPATCHER);
    people.add("ta-sup", Role.SUPERVISOR);
    people.add("ta-author", Role.APPROVER);
    people.add("ta-appr", Role.APPROVER);
    people.add("ta-ia", Role.INTERNAL_AFFAIRS);
    people.add("ta-admin", Role.ADMIN);
    fixtures = new TemplateFixtures(templates, channels);
  }

  record Row(String name, Function<String, MockHttpServletRequestBuilder> request, int... status) {}

  List<Row> matrix() {
    List<Row> rows = new ArrayList<>();
    //                                                      emp  disp sup  auth appr ia   admin
    rows.add(row("list page", w -> get("/templates"), 403, 403, 403, 200, 200, 403, 200));
    rows.add(
        row(
            "template page",
            w -> get("/templates/" + pending()),
            403,
            403,
            403,
            200,
            200,
            403,
            200));
    rows.add(row("new form", w -> get("/templates/new"), 403, 403, 403, 200, 200, 403, 200));
    rows.add(
        row(
            "create",
            w -> form(post("/templates"), "key=" + key()),
            403,
            403,
            403,
            302,
            302,
            403,
            302));
    rows.add(
        row(
            "edit draft",
            w -> form(post("/templates/" + draft()), ""),
            403,
            403,
            403,
            302,
            409,
            403,
            409));
    rows.add(
        row(
            "submit",
            w -> post("/templates/" + draft() + "/submit"),
            403,
            403,
            403,
            302,
            302,
            403,
            302));
    rows.add(
        row(
            "approve",
            w -> post("/templates/" + pending() + "/approve"),
            403,
            403,
            403,
            409,
            302,
            403,
            403));
    rows.add(
        row(
            "reject",
            w -> post("/templates/" + pending() + "/reject").param("reason", "typo"),
            403,
            403,
            403,
            302,
            302,
            403,
            403));
    rows.add(
        row(
            "retire step",
            w -> get("/templates/" + approved() + "/retire"),
            403,
            403,
            403,
            200,
            200,
            403,
            403));
    rows.add(
        row(
            "retire",
            w -> post("/templates/" + approved() + "/retire").param("reason", "wording outdated"),
            403,
            403,
            403,
            302,
            302,
            403,
            403));
    rows.add(row("API list", w -> get("/api/v1/templates"), 403, 403, 403, 200, 200, 403, 200));
    rows.add(
        row(
            "API create",
            w -> json(post("/api/v1/templates"), JSON.formatted(key())),
            403,
            403,
            403,
            201,
            201,
            403,
            201));
    rows.add(
        row(
            "API edit draft",
            w -> json(put("/api/v1/templates/" + draft()), JSON.formatted("x")),
            403,
            403,
            403,
            200,
            409,
            403,
            409));
    rows.add(
        row(
            "API approve",
            w -> post("/api/v1/templates/" + pending() + "/approve"),
            403,
            403,
            403,
            409,
            200,
            403,
            403));
    rows.add(
        row(
            "API preview",
            w -> get("/api/v1/templates/" + pending() + "/preview"),
            403,
            403,
            403,
            200,
            200,
            403,
            200));
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> everyTemplateEndpointAnswersEachRoleAsTheMatrixSays() {
    return matrix().stream()
        .flatMap(
            row ->
                Stream.of(0, 1, 2, 3, 4, 5, 6)
                    .map(
                        i ->
                            DynamicTest.dynamicTest(
                                row.name() + " as " + WHO[i] + " answers " + row.status()[i],
                                () -> {
                                  int status =
                                      mvc.perform(
                                              row.request()
                                                  .apply(WHO[i])
                                                  .with(user(WHO[i]))
                                                  .with(csrf()))
                                          .andReturn()
                                          .getResponse()
                                          .getStatus();
                                  assertThat(status).isEqualTo(row.status()[i]);
                                })));
  }

  @Test
  void overTheApiRetiringATemplateNeedsAReasonWhichIsRecorded() throws Exception {
    String id = approved();
    String retire = "/api/v1/templates/" + id + "/retire";

    for (String body : new String[] {"", "{\"reason\":\" \"}"}) {
      mvc.perform(json(post(retire), body).with(user("ta-appr")).with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(containsString("This call needs a reason")));
    }
    assertThat(templates.byId(id).orElseThrow().status()).isEqualTo(TemplateStatus.APPROVED);

    mvc.perform(
            json(post(retire), "{\"reason\":\"Replaced by the new detour wording\"}")
                .with(user("ta-appr"))
                .with(csrf()))
        .andExpect(status().isOk());
    assertThat(templates.byId(id).orElseThrow().status()).isEqualTo(TemplateStatus.RETIRED);
    assertThat(audit.about("template:" + id))
        .filteredOn(e -> e.action().equals("template.retired"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("ta-appr");
              assertThat(e.details()).containsEntry("reason", "Replaced by the new detour wording");
            });
  }

  private static Row row(
      String name, Function<String, MockHttpServletRequestBuilder> request, int... status) {
    return new Row(name, request, status);
  }

  private String key() {
    return "ta_new_" + serial.incrementAndGet();
  }

  private String draft() {
    return fixtures.draft("ta_draft_" + serial.incrementAndGet(), "ta-author").id();
  }

  private String pending() {
    return fixtures.pending("ta_pending_" + serial.incrementAndGet(), "ta-author").id();
  }

  private String approved() {
    return fixtures
        .approved("ta_approved_" + serial.incrementAndGet(), "ta-author", "ta-appr")
        .id();
  }

  private static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder post, String more) {
    return post.contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .content(FORM + (more.isEmpty() ? "" : "&" + more));
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder post, String body) {
    return post.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
