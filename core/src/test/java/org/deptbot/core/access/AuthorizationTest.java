package org.deptbot.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.access.Permission.*;
import static org.deptbot.core.testing.StaffFixtures.member;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorizationTest {

  private final Authorization authorization = new Authorization();
  private static final ChatIdentity SOMEONE = new ChatIdentity(ChatPlatform.TELEGRAM, "42");

  static Stream<Arguments> roleMatrix() {
    Set<Permission> staff =
        EnumSet.of(
            SUBSCRIBE_TO_NOTICES,
            SEND_TIP,
            SUBMIT_REPORT,
            VIEW_OWN_REPORTS,
            FOLLOW_WITH_RECEIPT_KEY);
    return Stream.of(
        Arguments.of(Role.EMPLOYEE, staff),
        Arguments.of(Role.DISPATCHER, with(staff, ISSUE_NOTICE)),
        Arguments.of(Role.DISPATCH_SUPERVISOR, with(staff, ISSUE_NOTICE, EMERGENCY_ISSUE)),
        Arguments.of(Role.SUPERVISOR, with(staff, TRIAGE_REPORTS)),
        Arguments.of(Role.APPROVER, with(staff, AUTHOR_TEMPLATE, APPROVE_TEMPLATE)),
        Arguments.of(
            Role.INTERNAL_AFFAIRS,
            with(
                staff,
                TRIAGE_REPORTS,
                HANDLE_INTERNAL_AFFAIRS_CASES,
                VIEW_AUDIT_LOG,
                PLACE_LEGAL_HOLD,
                EXPORT_RECORDS,
                REVEAL_ORIGINAL_FILE,
                REOPEN_CASE,
                VIEW_CASE_FIGURES)),
        Arguments.of(
            Role.ADMIN,
            with(
                staff,
                AUTHOR_TEMPLATE,
                MANAGE_STAFF,
                ISSUE_ENROLLMENT_CODES,
                MANAGE_CHANNELS,
                VIEW_AUDIT_LOG,
                PLACE_LEGAL_HOLD,
                EXPORT_RECORDS,
                VIEW_CASE_FIGURES)));
  }

  @ParameterizedTest(name = "{0} may do exactly {1}")
  @MethodSource("roleMatrix")
  void eachRoleGrantsExactlyItsPermissions(Role role, Set<Permission> expected) {
    // GIVEN an active member holding only this role
    Actor actor = Actor.staff(member("s-1", role), SOMEONE);

    // WHEN we ask what they may do, THEN it is exactly the row of the matrix
    assertThat(authorization.permissionsOf(actor)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void thePublicMaySubscribeTipEnrollAndFollowWithAReceiptKeyButNothingElse() {
    Actor stranger = Actor.publicUser(SOMEONE);

    assertThat(authorization.permissionsOf(stranger))
        .containsExactlyInAnyOrder(SUBSCRIBE_TO_NOTICES, SEND_TIP, ENROLL, FOLLOW_WITH_RECEIPT_KEY);
    assertThatThrownBy(() -> authorization.require(stranger, SUBMIT_REPORT))
        .isInstanceOf(NotPermitted.class)
        .hasMessageContaining("public:telegram:42");
  }

  @Test
  void severalRolesAddUp() {
    Actor both = Actor.staff(member("s-2", Role.DISPATCHER, Role.SUPERVISOR), SOMEONE);

    assertThat(authorization.permits(both, ISSUE_NOTICE)).isTrue();
    assertThat(authorization.permits(both, TRIAGE_REPORTS)).isTrue();
    assertThat(authorization.permits(both, APPROVE_TEMPLATE)).isFalse();
  }

  @Test
  void anInactiveMemberHasOnlyWhatThePublicHas() {
    Actor former = Actor.staff(member("s-3", Role.ADMIN).deactivated(), SOMEONE);

    assertThat(authorization.permits(former, MANAGE_STAFF)).isFalse();
    assertThat(authorization.permits(former, SUBMIT_REPORT)).isFalse();
    assertThat(former.isStaff()).isFalse();
  }

  @Test
  void anAdminNeitherIssuesNoticesNorApprovesNorTriages() {
    Actor admin = Actor.staff(member("s-4", Role.ADMIN), SOMEONE);

    assertThat(authorization.permits(admin, ISSUE_NOTICE)).isFalse();
    assertThat(authorization.permits(admin, APPROVE_TEMPLATE)).isFalse();
    assertThat(authorization.permits(admin, TRIAGE_REPORTS)).isFalse();
  }

  @Test
  void rejectsAuthorAsApprover() {
    Actor approver = Actor.staff(member("s-5", Role.APPROVER), SOMEONE);

    assertThat(authorization.mayApproveTemplate(approver, "s-5")).isFalse();
    assertThat(authorization.mayApproveTemplate(approver, "s-6")).isTrue();
  }

  @Test
  void aDispatcherMayNotApproveEvenSomeoneElsesTemplate() {
    Actor dispatcher = Actor.staff(member("s-7", Role.DISPATCHER), SOMEONE);

    assertThat(authorization.mayApproveTemplate(dispatcher, "s-6")).isFalse();
  }

  private static Set<Permission> with(Set<Permission> base, Permission... more) {
    Set<Permission> all = EnumSet.copyOf(base);
    all.addAll(Set.of(more));
    return all;
  }
}
