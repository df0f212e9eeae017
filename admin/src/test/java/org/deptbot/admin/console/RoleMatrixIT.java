package org.deptbot.admin.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may open which page and API call, written out by hand: one row per path, one column per role
 * (E employee, D dispatcher, S supervisor, A approver, I internal affairs, M administrator), Y for
 * allowed and - for refused. Written independently of the annotations it checks.
 */
@ConsoleIntegrationTest
class RoleMatrixIT {

  private static final Role[] COLUMNS = {
    Role.EMPLOYEE,
    Role.DISPATCHER,
    Role.SUPERVISOR,
    Role.APPROVER,
    Role.INTERNAL_AFFAIRS,
    Role.ADMIN
  };

  private static final String[][] MATRIX = {
    // path                           E    D    S    A    I    M
    {"/", "Y", "Y", "Y", "Y", "Y", "Y"},
    {"/account", "Y", "Y", "Y", "Y", "Y", "Y"},
    {"/account/password", "Y", "Y", "Y", "Y", "Y", "Y"},
    {"/api/v1/openapi.json", "Y", "Y", "Y", "Y", "Y", "Y"},
    {"/cases", "-", "-", "Y", "-", "Y", "-"},
    {"/api/v1/cases", "-", "-", "Y", "-", "Y", "-"},
    {"/audit", "-", "-", "-", "-", "Y", "Y"},
    {"/api/v1/audit/entries", "-", "-", "-", "-", "Y", "Y"},
    {"/api/v1/audit/verification", "-", "-", "-", "-", "Y", "Y"},
    {"/records", "-", "-", "-", "-", "Y", "Y"},
    {"/api/v1/records/holds", "-", "-", "-", "-", "Y", "Y"},
    {"/figures", "-", "-", "-", "-", "Y", "Y"},
    {"/figures.csv", "-", "-", "-", "-", "Y", "Y"},
    {"/api/v1/figures", "-", "-", "-", "-", "Y", "Y"},
    {"/early-intervention", "-", "-", "-", "-", "Y", "-"},
    {"/reviews", "-", "-", "-", "Y", "-", "-"},
    {"/api/v1/reviews", "-", "-", "-", "Y", "-", "-"},
  };

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;

  @BeforeEach
  void onePersonPerRole() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    for (Role role : COLUMNS) {
      people.add(id(role), role);
    }
  }

  @ParameterizedTest(name = "{0} as {1}: {2}")
  @ArgumentsSource(Rows.class)
  void eachRoleGetsWhatTheMatrixSays(String path, Role role, boolean allowed) throws Exception {
    mvc.perform(get(path).with(user(id(role))))
        .andExpect(allowed ? status().isOk() : status().isForbidden());
  }

  static String id(Role role) {
    return "rm-" + role.name().toLowerCase(java.util.Locale.ROOT);
  }

  static class Rows implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      return Stream.of(MATRIX)
          .flatMap(
              row ->
                  java.util.stream.IntStream.range(0, COLUMNS.length)
                      .mapToObj(c -> Arguments.of(row[0], COLUMNS[c], row[c + 1].equals("Y"))));
    }
  }
}
