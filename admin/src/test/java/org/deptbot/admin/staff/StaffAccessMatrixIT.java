package org.deptbot.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.deptbot.admin.login.ApiTokens;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may use each staff and channel page and API call: one role at a time, every endpoint. Only an
 * ADMIN holds MANAGE_STAFF, ISSUE_ENROLLMENT_CODES and MANAGE_CHANNELS, so every other role is
 * refused everywhere, and an ADMIN is refused nowhere.
 */
@ConsoleIntegrationTest
class StaffAccessMatrixIT {

  private static final String TARGET = "mx-target";

  /** An endpoint and a body that would be acceptable, so only access decides the answer. */
  record Endpoint(HttpMethod method, String path, MediaType type, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final List<Endpoint> ENDPOINTS =
      List.of(
          page("GET", "/staff"),
          page("GET", "/staff/" + TARGET),
          form("/staff", "id=mx-new&name=New+Member&roles=EMPLOYEE"),
          form("/staff/" + TARGET + "/roles", "roles=EMPLOYEE"),
          form("/staff/" + TARGET + "/supervisor", "supervisorId="),
          page("GET", "/staff/" + TARGET + "/deactivate"),
          form("/staff/" + TARGET + "/deactivate", "reason=left+the+force"),
          form("/staff/" + TARGET + "/reactivate", ""),
          page("GET", "/staff/" + TARGET + "/links/telegram:1/unlink"),
          form("/staff/" + TARGET + "/links/telegram:1/unlink", "reason=lost+phone"),
          form("/staff/" + TARGET + "/enrollment-codes", ""),
          page("GET", "/staff/" + TARGET + "/enrollment-codes/revoke"),
          form("/staff/" + TARGET + "/enrollment-codes/revoke", "reason=code+leaked"),
          page("GET", "/staff/" + TARGET + "/password"),
          form("/staff/" + TARGET + "/password", "reason=forgot+it"),
          form("/staff/" + TARGET + "/unlock", ""),
          page("GET", "/staff/import"),
          form("/staff/import", "format=CSV&text=id,name,roles"),
          form("/staff/import/confirm", "format=CSV&text=id,name,roles"),
          page("GET", "/channels"),
          form("/channels", "id=mx-ch&platform=TELEGRAM&chatId=-1001&categories=ROAD_CLOSURE"),
          page("GET", "/api/v1/staff"),
          page("GET", "/api/v1/staff/" + TARGET),
          page("GET", "/api/v1/staff/" + TARGET + "/chat-links"),
          json(
              "POST",
              "/api/v1/staff",
              "{\"id\":\"mx-api\",\"name\":\"A\",\"roles\":[\"EMPLOYEE\"]}"),
          json("PUT", "/api/v1/staff/" + TARGET + "/roles", "{\"roles\":[\"EMPLOYEE\"]}"),
          json("PUT", "/api/v1/staff/" + TARGET + "/supervisor", "{\"supervisorId\":null}"),
          json("POST", "/api/v1/staff/" + TARGET + "/deactivate", ""),
          json("POST", "/api/v1/staff/" + TARGET + "/reactivate", ""),
          json("DELETE", "/api/v1/staff/" + TARGET + "/chat-links/telegram:1", ""),
          json("POST", "/api/v1/staff/" + TARGET + "/enrollment-codes", ""),
          json("DELETE", "/api/v1/staff/" + TARGET + "/enrollment-codes", ""),
          json("POST", "/api/v1/staff/" + TARGET + "/console-password", ""),
          json("POST", "/api/v1/staff/" + TARGET + "/console-unlock", ""),
          new Endpoint(
              HttpMethod.POST, "/api/v1/staff/import", MediaType.TEXT_PLAIN, "id,name,roles"),
          page("GET", "/api/v1/channels"),
          page("GET", "/api/v1/channels/mx-ch"),
          json(
              "PUT",
              "/api/v1/channels/mx-ch",
              "{\"platform\":\"TELEGRAM\",\"chatId\":\"-1001\",\"categories\":[\"ROAD_CLOSURE\"]}"),
          page("GET", "/api/v1/subscribers/counts"));

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ApiTokens tokens;

  @BeforeEach
  void roster() {
    for (Role role : Role.values()) {
      staff.save(new StaffMember(idOf(role), "Matrix " + role, Set.of(role), null, true));
    }
    staff.save(new StaffMember(TARGET, "Matrix target", Set.of(Role.EMPLOYEE), null, true));
  }

  static Stream<Arguments> everyRoleAndEndpoint() {
    return Arrays.stream(Role.values())
        .flatMap(role -> ENDPOINTS.stream().map(e -> Arguments.of(role, e)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("everyRoleAndEndpoint")
  void onlyAnAdminMayUseTheStaffAndChannelPagesAndApi(Role role, Endpoint endpoint)
      throws Exception {
    int status =
        mvc.perform(
                request(endpoint.method(), endpoint.path())
                    .with(user(idOf(role)))
                    .with(csrf())
                    .contentType(endpoint.type())
                    .content(endpoint.body()))
            .andReturn()
            .getResponse()
            .getStatus();

    if (role == Role.ADMIN) {
      assertThat(status).as("ADMIN on " + endpoint).isNotIn(401, 403).isLessThan(500);
    } else {
      assertThat(status).as(role + " on " + endpoint).isEqualTo(403);
    }
  }

  @Test
  void anApiTokenActsWithItsOwnersRolesAndNeedsNoFormToken() throws Exception {
    String employee = tokens.issue(idOf(Role.EMPLOYEE), "matrix");
    String admin = tokens.issue(idOf(Role.ADMIN), "matrix");

    assertThat(status("/api/v1/staff", employee)).isEqualTo(403);
    assertThat(status("/api/v1/staff", admin)).isEqualTo(200);
    assertThat(status("/api/v1/staff", null)).isEqualTo(401);
  }

  private int status(String path, String token) throws Exception {
    var call = request(HttpMethod.GET, path);
    if (token != null) {
      call.header("Authorization", "Bearer " + token);
    }
    return mvc.perform(call).andReturn().getResponse().getStatus();
  }

  private static String idOf(Role role) {
    return "mx-" + role.name().toLowerCase(Locale.ROOT);
  }

  private static Endpoint page(String method, String path) {
    return new Endpoint(
        HttpMethod.valueOf(method), path, MediaType.APPLICATION_FORM_URLENCODED, "");
  }

  private static Endpoint form(String path, String body) {
    return new Endpoint(HttpMethod.POST, path, MediaType.APPLICATION_FORM_URLENCODED, body);
  }

  private static Endpoint json(String method, String path, String body) {
    return new Endpoint(HttpMethod.valueOf(method), path, MediaType.APPLICATION_JSON, body);
  }
}
