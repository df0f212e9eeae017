package org.deptbot.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.deptbot.core.seed.SeedProblem;
import org.deptbot.core.staff.Role;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

  @Test
  void readsMembersWithQuotedNamesAndSeveralRoles() {
    RosterCsv.Read read =
        RosterCsv.read(
            "id,name,roles,supervisor,telegram,active\n"
                + "s-1,\"Reyes, Tom\",SUPERVISOR;APPROVER,,700000030,yes\n"
                + "s-2,Jamie Cole,employee,s-1,,no\n");

    assertThat(read.problems()).isEmpty();
    assertThat(read.members()).hasSize(2);
    assertThat(read.members().get(0).name()).isEqualTo("Reyes, Tom");
    assertThat(read.members().get(0).roles()).containsExactly(Role.SUPERVISOR, Role.APPROVER);
    assertThat(read.members().get(1).active()).isFalse();
    assertThat(read.members().get(1).line()).isEqualTo(3);
  }

  @Test
  void namesEveryBadLineAndWhatIsWrongWithIt() {
    RosterCsv.Read read =
        RosterCsv.read(
            "id,name,roles,telegram\n"
                + "s-1,Tom,SUPERVISOR,123\n"
                + "s-2,Jamie,CAPTAIN,\n"
                + "s-1,Again,EMPLOYEE,123\n");

    assertThat(read.problems()).extracting(SeedProblem::line).containsExactly(3, 4, 4);
    assertThat(read.problems().get(0).message()).contains("role 'CAPTAIN' is not known");
    assertThat(read.problems().get(1).message()).contains("used twice (first on line 2)");
    assertThat(read.problems().get(2).message()).contains("telegram id 123 is already on line 2");
  }

  @Test
  void needsAHeaderWithIdNameAndRoles() {
    assertThat(RosterCsv.read("id,name\ns-1,Tom\n").problems())
        .extracting(SeedProblem::toString)
        .contains("line 1: the header has no 'roles' column");
    assertThat(RosterCsv.read("\n").problems()).isNotEmpty();
  }
}
