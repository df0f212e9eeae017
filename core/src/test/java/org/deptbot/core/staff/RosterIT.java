package org.deptbot.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.util.Set;
import org.deptbot.core.staff.StaffTransitionRefused.Reason;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterIT {

  private StaffMembers staff;
  private Roster roster;

  @BeforeEach
  void setUp() {
    staff = new StaffMembers(TestMongo.newDatabase());
    roster = new Roster(staff);
    // chief <- sergeant <- officer; chief is the only ADMIN
    staff.save(member("chief", Role.ADMIN, Role.SUPERVISOR));
    staff.save(memberUnder("sergeant", "chief", Role.SUPERVISOR));
    staff.save(memberUnder("officer", "sergeant", Role.EMPLOYEE));
  }

  @Test
  void refusesASupervisorWhoIsAlreadyBelowTheMember() {
    assertThatThrownBy(() -> roster.setSupervisor("chief", "officer"))
        .isInstanceOfSatisfying(
            StaffTransitionRefused.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.SUPERVISOR_LOOP);
              assertThat(refused.arguments()[1]).isEqualTo("chief → officer → sergeant → chief");
            });
    assertThat(staff.byId("chief").orElseThrow().supervisorId()).isNull();
  }

  @Test
  void refusesOwnAndUnknownSupervisors() {
    assertThatThrownBy(() -> roster.setSupervisor("officer", "officer"))
        .hasFieldOrPropertyWithValue("reason", Reason.OWN_SUPERVISOR);
    assertThatThrownBy(() -> roster.setSupervisor("officer", "nobody"))
        .hasFieldOrPropertyWithValue("reason", Reason.UNKNOWN_SUPERVISOR);
  }

  @Test
  void movesAMemberUnderAnotherSupervisor() {
    roster.setSupervisor("officer", "chief");

    assertThat(staff.byId("officer").orElseThrow().supervisorId()).isEqualTo("chief");
  }

  @Test
  void nobodyChangesTheirOwnRoles() {
    assertThatThrownBy(
            () ->
                roster.setRoles(
                    "chief", "chief", Set.of(Role.ADMIN, Role.SUPERVISOR, Role.INTERNAL_AFFAIRS)))
        .hasFieldOrPropertyWithValue("reason", Reason.OWN_ROLES);

    assertThat(staff.byId("chief").orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.ADMIN, Role.SUPERVISOR);
  }

  @Test
  void theLastActiveAdminKeepsTheRoleAndStaysActive() {
    assertThatThrownBy(() -> roster.setRoles("sergeant", "chief", Set.of(Role.SUPERVISOR)))
        .hasFieldOrPropertyWithValue("reason", Reason.LAST_ADMIN);
    assertThatThrownBy(() -> roster.deactivate("chief"))
        .hasFieldOrPropertyWithValue("reason", Reason.LAST_ADMIN);
    assertThat(staff.byId("chief").orElseThrow().acts(Role.ADMIN)).isTrue();
    assertThat(roster.isLastAdmin("chief")).isTrue();
  }

  @Test
  void anAdminMayStepDownOnceAnotherIsActive() {
    roster.setRoles("chief", "sergeant", Set.of(Role.SUPERVISOR, Role.ADMIN));

    roster.deactivate("chief");

    assertThat(staff.byId("chief").orElseThrow().active()).isFalse();
    assertThat(roster.isLastAdmin("sergeant")).isTrue();
  }

  @Test
  void aChangeOnAStaleCopyIsRefused() {
    StaffMember stale = staff.byId("officer").orElseThrow();
    roster.setRoles("chief", "officer", Set.of(Role.DISPATCHER));

    assertThat(staff.replaceIfUnchanged(stale, stale.deactivated())).isFalse();
    assertThat(staff.byId("officer").orElseThrow().roles()).containsExactly(Role.DISPATCHER);
  }

  @Test
  void aNewMemberNeedsAnUnusedId() {
    roster.add(memberUnder("new", "sergeant", Role.EMPLOYEE));

    assertThatThrownBy(() -> roster.add(member("officer", Role.EMPLOYEE)))
        .hasFieldOrPropertyWithValue("reason", Reason.ID_TAKEN);
  }
}
