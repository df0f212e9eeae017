package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.deptbot.admin.login.ApiTokens;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
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
 * Who may work with notices, page and API alike: only those who may issue them (dispatchers); a
 * template's author or approver may not, nor an administrator.
 */
@ConsoleIntegrationTest
class NoticesAccessIT {

  static final String[] WHO = {
    "na-emp", "na-disp", "na-sup", "na-author", "na-appr", "na-ia", "na-admin"
  };
  static final int[] DISPATCHER_ONLY_200 = {403, 200, 403, 403, 403, 403, 403};

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;
  @Autowired ApiTokens tokens;
  Template template;
  NoticeFixtures fixtures;

  @BeforeEach
  void setUp() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("na-emp", Role.EMPLOYEE);
    people.add("na-disp", Role.DISPATCHER);
    people.add("na-sup", Role.SUPERVISOR);
    people.add("na-author", Role.APPROVER);
    people.add("na-appr", Role.APPROVER);
    people.add("na-ia", Role.INTERNAL_AFFAIRS);
    people.add("na-admin", Role.ADMIN);
    var t = new TemplateFixtures(templates, channels);
    t.channel("na-alerts");
    template =
        templates.usable("na_road").orElseGet(() -> t.approved("na_road", "na-author", "na-appr"));
    fixtures = new NoticeFixtures(notices);
  }

  record Row(String name, Supplier<MockHttpServletRequestBuilder> request, int[] status) {}

  List<Row> matrix() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("history", () -> get("/notices"), DISPATCHER_ONLY_200));
    rows.add(new Row("template picker", () -> get("/notices/new"), DISPATCHER_ONLY_200));
    rows.add(new Row("issue form", () -> get("/notices/new/na_road"), DISPATCHER_ONLY_200));
    rows.add(new Row("preview", () -> issueForm(false), DISPATCHER_ONLY_200));
    rows.add(new Row("issue", () -> issueForm(true), only(302)));
    rows.add(new Row("status page", () -> get("/notices/" + notice()), DISPATCHER_ONLY_200));
    rows.add(
        new Row("update form", () -> get("/notices/" + notice() + "/update"), DISPATCHER_ONLY_200));
    rows.add(
        new Row("cancel step", () -> get("/notices/" + notice() + "/cancel"), DISPATCHER_ONLY_200));
    rows.add(
        new Row(
            "cancel",
            () -> post("/notices/" + notice() + "/cancel").param("reason", "issued by mistake"),
            only(302)));
    rows.add(
        new Row("CAP download", () -> get("/notices/" + notice() + "/1.xml"), DISPATCHER_ONLY_200));
    rows.add(new Row("API history", () -> get("/api/v1/notices"), DISPATCHER_ONLY_200));
    rows.add(new Row("API one", () -> get("/api/v1/notices/" + notice()), DISPATCHER_ONLY_200));
    rows.add(new Row("API preview", () -> json("/api/v1/notices/preview"), DISPATCHER_ONLY_200));
    rows.add(new Row("API issue", () -> json("/api/v1/notices"), only(201)));
    rows.add(
        new Row(
            "API cancel",
            () ->
                post("/api/v1/notices/" + notice() + "/cancel")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"issued by mistake\"}"),
            DISPATCHER_ONLY_200));
    rows.add(
        new Row(
            "API CAP",
            () -> get("/api/v1/notices/" + notice() + "/revisions/1/cap"),
            DISPATCHER_ONLY_200));
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> everyNoticeEndpointAnswersEachRoleAsTheMatrixSays() {
    return matrix().stream()
        .flatMap(
            row ->
                Stream.of(0, 1, 2, 3, 4, 5, 6)
                    .map(
                        i ->
                            DynamicTest.dynamicTest(
                                row.name() + " as " + WHO[i] + " answers " + row.status()[i],
                                () ->
                                    assertThat(
                                            mvc.perform(
                                                    row.request()
                                                        .get()
                                                        .with(user(WHO[i]))
                                                        .with(csrf()))
                                                .andReturn()
                                                .getResponse()
                                                .getStatus())
                                        .isEqualTo(row.status()[i]))));
  }

  @Test
  void aProgramIssuesWithTheDispatchersTokenAndNoSessionOrFormToken() throws Exception {
    String token = tokens.issue("na-disp", "dispatch script");

    int status =
        mvc.perform(json("/api/v1/notices").header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getStatus();

    assertThat(status).isEqualTo(201);
  }

  private static int[] only(int dispatcher) {
    return new int[] {403, dispatcher, 403, 403, 403, 403, 403};
  }

  private String notice() {
    return fixtures.issued(template, "na-alerts", "na-disp").id();
  }

  private MockHttpServletRequestBuilder issueForm(boolean issue) {
    var request =
        post("/notices/new/na_road")
            .param("draftId", UUID.randomUUID().toString())
            .param("v.street", "Main St")
            .param("v.until", "18:00")
            .param("targets", "na-alerts")
            .param("mode", "EXERCISE");
    return issue ? request.param("issue", "1") : request;
  }

  private MockHttpServletRequestBuilder json(String path) {
    return post(path)
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"draftId":"%s","template":"na_road","values":{"street":"Elm St","until":"noon"},
             "targets":["na-alerts"],"mode":"EXERCISE"}"""
                .formatted(UUID.randomUUID()));
  }
}
