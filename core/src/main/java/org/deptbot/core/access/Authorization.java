package org.deptbot.core.access;

import static org.deptbot.core.access.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;

/**
 * The one place that decides who may do what. Every chat command and every console page asks here;
 * nothing else looks at roles to grant access.
 *
 * <p>The role matrix is least privilege: an ADMIN manages the system but neither approves
 * templates, issues notices nor reads cases; an APPROVER approves but never their own template. The
 * case figures, counts with small ones withheld and never a case, go to internal affairs and to the
 * administrators, who keep the records.
 */
public final class Authorization {

  private static final Set<Permission> PUBLIC =
      EnumSet.of(SUBSCRIBE_TO_NOTICES, SEND_TIP, ENROLL, FOLLOW_WITH_RECEIPT_KEY);

  /** What every active staff member may do, whatever their roles. */
  private static final Set<Permission> ANY_STAFF =
      EnumSet.of(
          SUBSCRIBE_TO_NOTICES, SEND_TIP, SUBMIT_REPORT, VIEW_OWN_REPORTS, FOLLOW_WITH_RECEIPT_KEY);

  private static final Map<Role, Set<Permission>> BY_ROLE = new EnumMap<>(Role.class);

  static {
    BY_ROLE.put(Role.EMPLOYEE, EnumSet.noneOf(Permission.class));
    BY_ROLE.put(Role.DISPATCHER, EnumSet.of(ISSUE_NOTICE));
    BY_ROLE.put(Role.DISPATCH_SUPERVISOR, EnumSet.of(ISSUE_NOTICE, EMERGENCY_ISSUE));
    BY_ROLE.put(Role.SUPERVISOR, EnumSet.of(TRIAGE_REPORTS));
    BY_ROLE.put(Role.APPROVER, EnumSet.of(AUTHOR_TEMPLATE, APPROVE_TEMPLATE));
    BY_ROLE.put(
        Role.INTERNAL_AFFAIRS,
        EnumSet.of(
            TRIAGE_REPORTS,
            HANDLE_INTERNAL_AFFAIRS_CASES,
            VIEW_AUDIT_LOG,
            PLACE_LEGAL_HOLD,
            EXPORT_RECORDS,
            REVEAL_ORIGINAL_FILE,
            REOPEN_CASE,
            VIEW_CASE_FIGURES));
    BY_ROLE.put(
        Role.ADMIN,
        EnumSet.of(
            AUTHOR_TEMPLATE,
            MANAGE_STAFF,
            ISSUE_ENROLLMENT_CODES,
            MANAGE_CHANNELS,
            VIEW_AUDIT_LOG,
            PLACE_LEGAL_HOLD,
            EXPORT_RECORDS,
            VIEW_CASE_FIGURES));
  }

  /** Everything {@code actor} may do. */
  public Set<Permission> permissionsOf(Actor actor) {
    if (!actor.isStaff()) {
      return Set.copyOf(PUBLIC);
    }
    StaffMember member = actor.activeMember().orElseThrow();
    Set<Permission> granted = EnumSet.copyOf(ANY_STAFF);
    member.roles().forEach(role -> granted.addAll(BY_ROLE.get(role)));
    return Set.copyOf(granted);
  }

  public boolean permits(Actor actor, Permission permission) {
    return permissionsOf(actor).contains(permission);
  }

  /** Throws {@link NotPermitted} unless {@code actor} may do {@code permission}. */
  public void require(Actor actor, Permission permission) {
    if (!permits(actor, permission)) {
      throw new NotPermitted(actor, permission);
    }
  }

  /**
   * Who may update or cancel a notice: whoever issues notices, and, for an emergency issue (posted
   * without an approved template), whoever approves templates, since they review it.
   */
  public boolean mayChangeNotice(Actor actor, boolean emergencyIssue) {
    return permits(actor, ISSUE_NOTICE) || (emergencyIssue && permits(actor, APPROVE_TEMPLATE));
  }

  /** An approver may approve a template, but never one they wrote (policy IV.A.2.a). */
  public boolean mayApproveTemplate(Actor actor, String authorStaffId) {
    return permits(actor, APPROVE_TEMPLATE)
        && actor.activeMember().map(m -> !m.id().equals(authorStaffId)).orElse(false);
  }
}
