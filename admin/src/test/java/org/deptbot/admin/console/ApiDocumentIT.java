package org.deptbot.admin.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API document names the product and its version, says how a call signs in, and marks the
 * reason of every call that cannot be undone as required.
 */
@ConsoleIntegrationTest
class ApiDocumentIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;

  @Test
  void theApiDocumentNamesTheProductItsVersionAndBothWaysToSignIn() throws Exception {
    new ConsoleStaff(staff, accounts, encoder).add("ad-1", Role.DISPATCHER);
    mvc.perform(get("/api/v1/openapi.json").with(user("ad-1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("deptbot admin console API"))
        .andExpect(jsonPath("$.info.version").value(Matchers.not(Matchers.startsWith("v0"))))
        .andExpect(jsonPath("$.info.description").value(Matchers.containsString("audited")))
        .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
        .andExpect(jsonPath("$.components.securitySchemes.consoleSession.in").value("cookie"))
        .andExpect(jsonPath("$.security[*]", Matchers.hasSize(2)))
        .andExpect(jsonPath("$.paths", Matchers.hasKey("/api/v1/cases")));
  }

  @Test
  void theDocumentSaysEveryIrreversibleCallRequiresAReason() throws Exception {
    new ConsoleStaff(staff, accounts, encoder).add("ad-2", Role.DISPATCHER);
    var document = mvc.perform(get("/api/v1/openapi.json").with(user("ad-2")));
    for (String schema :
        new String[] {
          "ApiReason", "CancelRequest", "Escalation", "Assignment", "Resolution", "Dismissal"
        }) {
      document
          .andExpect(
              jsonPath("$.components.schemas." + schema + ".required", Matchers.hasItem("reason")))
          .andExpect(
              jsonPath("$.components.schemas." + schema + ".properties.reason.maxLength")
                  .value(300));
    }
    for (String call :
        new String[] {
          "['/api/v1/staff/{id}/deactivate'].post",
          "['/api/v1/staff/{id}/console-password'].post",
          "['/api/v1/notices/{id}/cancel'].post",
          "['/api/v1/notices/{id}/found'].post",
          "['/api/v1/templates/{id}/retire'].post",
          "['/api/v1/records/holds/{id}/lift'].post",
          "['/api/v1/cases/{id}/escalate'].post",
          "['/api/v1/cases/{id}/assign'].post",
          "['/api/v1/cases/{id}/resolve'].post",
          "['/api/v1/cases/{id}/dismiss'].post"
        }) {
      document.andExpect(jsonPath("$.paths" + call + ".requestBody.required").value(true));
    }
    for (String call :
        new String[] {
          "['/api/v1/staff/{id}/chat-links/{key}'].delete",
          "['/api/v1/staff/{id}/enrollment-codes'].delete"
        }) {
      document.andExpect(
          jsonPath("$.paths" + call + ".parameters[?(@.name == 'reason')].required")
              .value(Matchers.contains(true)));
    }
  }
}
