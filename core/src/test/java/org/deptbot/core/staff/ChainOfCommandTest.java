package org.deptbot.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainOfCommandTest {

  // chief <- captain <- sergeant <- officer
  private final ChainOfCommand chain =
      new ChainOfCommand(
          List.of(
              member("chief", Role.ADMIN),
              memberUnder("captain", "chief", Role.SUPERVISOR),
              memberUnder("sergeant", "captain", Role.SUPERVISOR),
              memberUnder("officer", "sergeant", Role.EMPLOYEE),
              memberUnder("officer2", "sergeant", Role.EMPLOYEE)));

  @Test
  void listsEveryoneAboveNearestFirst() {
    assertThat(chain.above("officer"))
        .extracting(StaffMember::id)
        .containsExactly("sergeant", "captain", "chief");
  }

  @Test
  void knowsWhoIsAboveWhom() {
    assertThat(chain.isAbove("captain", "officer")).isTrue();
    assertThat(chain.isAbove("officer", "captain")).isFalse();
    assertThat(chain.isAbove("officer2", "officer")).isFalse();
  }

  @Test
  void listsDirectReports() {
    assertThat(chain.directReports("sergeant"))
        .extracting(StaffMember::id)
        .containsExactlyInAnyOrder("officer", "officer2");
  }

  @Test
  void stopsAtALoopInStoredData() {
    // GIVEN data that loops (the seed validator prevents it, but stored data could be edited)
    var looped = new ChainOfCommand(List.of(memberUnder("a", "b"), memberUnder("b", "a")));

    // THEN walking up terminates and does not list the member themselves
    assertThat(looped.above("a")).extracting(StaffMember::id).containsExactly("b");
  }

  @Test
  void aMemberAtTheTopHasNoOneAbove() {
    assertThat(chain.above("chief")).isEmpty();
    assertThat(chain.above("nobody")).isEmpty();
  }

  @Test
  void namesTheLoopThatANewSupervisorWouldClose() {
    assertThat(chain.loopIf("captain", "officer"))
        .containsExactly("captain", "officer", "sergeant", "captain");
    assertThat(chain.loopIf("officer", "officer")).containsExactly("officer", "officer");
    assertThat(chain.loopIf("officer", "captain")).isEmpty();
    assertThat(chain.loopIf("officer", null)).isEmpty();
  }
}
