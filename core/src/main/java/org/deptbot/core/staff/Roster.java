package org.deptbot.core.staff;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.deptbot.core.staff.StaffTransitionRefused.Reason;

/**
 * Changes to the roster made by hand (in the console), checked against the department's rules: the
 * chain of command never loops, and the last active ADMIN keeps their role and stays active, so
 * someone can always manage the console.
 *
 * <p>Each change is one conditional write on the member. The last-ADMIN rule spans members and
 * there are no transactions, so it is checked before the write and again after it: if two
 * administrators demoted each other at the same moment, the second look finds no ADMIN left and
 * puts the member back.
 */
public class Roster {

  private final StaffMembers staff;

  public Roster(StaffMembers staff) {
    this.staff = staff;
  }

  /** Adds a new member to the roster. */
  public StaffMember add(StaffMember member) {
    checkSupervisor(member.id(), member.supervisorId());
    if (!staff.insert(member)) {
      throw new StaffTransitionRefused(
          Reason.ID_TAKEN, "staff id " + member.id() + " is taken", member.id());
    }
    return member;
  }

  /**
   * Sets the member's roles. Nobody changes their own: an ADMIN granting themselves internal
   * affairs would read every case, so another administrator must make such a change.
   *
   * @param changedBy the staff id of whoever makes the change
   */
  public StaffMember setRoles(String changedBy, String id, Set<Role> roles) {
    if (id.equals(changedBy)) {
      throw new StaffTransitionRefused(Reason.OWN_ROLES, id + " changing their own roles", id);
    }
    StaffMember current = existing(id);
    return change(
        current,
        new StaffMember(id, current.name(), roles, current.supervisorId(), current.active()));
  }

  public StaffMember setSupervisor(String id, String supervisorId) {
    StaffMember current = existing(id);
    String wanted = supervisorId == null || supervisorId.isBlank() ? null : supervisorId.strip();
    checkSupervisor(id, wanted);
    return change(
        current, new StaffMember(id, current.name(), current.roles(), wanted, current.active()));
  }

  /** The member leaves: they keep their record, but count as the public everywhere from now on. */
  public StaffMember deactivate(String id) {
    StaffMember current = existing(id);
    return change(current, current.deactivated());
  }

  public StaffMember reactivate(String id) {
    StaffMember current = existing(id);
    return change(
        current,
        new StaffMember(id, current.name(), current.roles(), current.supervisorId(), true));
  }

  /** Whether {@code id} is the only active ADMIN, whose role and access must stay. */
  public boolean isLastAdmin(String id) {
    List<StaffMember> admins = activeAdmins();
    return admins.size() == 1 && admins.get(0).id().equals(id);
  }

  private StaffMember change(StaffMember current, StaffMember next) {
    if (current.equals(next)) {
      return current;
    }
    boolean losesAdmin = current.acts(Role.ADMIN) && !next.acts(Role.ADMIN);
    if (losesAdmin && isLastAdmin(current.id())) {
      throw lastAdmin(current.id());
    }
    if (!staff.replaceIfUnchanged(current, next)) {
      throw new StaffTransitionRefused(
          Reason.CHANGED_MEANWHILE, current.id() + " changed meanwhile", current.id());
    }
    if (losesAdmin && activeAdmins().isEmpty()) {
      staff.replaceIfUnchanged(next, current);
      throw lastAdmin(current.id());
    }
    return next;
  }

  private void checkSupervisor(String id, String supervisorId) {
    if (supervisorId == null) {
      return;
    }
    if (supervisorId.equals(id)) {
      throw new StaffTransitionRefused(Reason.OWN_SUPERVISOR, id + " supervising self", id);
    }
    if (staff.byId(supervisorId).filter(StaffMember::active).isEmpty()) {
      throw new StaffTransitionRefused(
          Reason.UNKNOWN_SUPERVISOR, "no active member " + supervisorId, supervisorId);
    }
    List<String> loop = staff.chainOfCommand().loopIf(id, supervisorId);
    if (!loop.isEmpty()) {
      String path = String.join(" → ", loop);
      throw new StaffTransitionRefused(Reason.SUPERVISOR_LOOP, "loop " + path, id, path);
    }
  }

  private StaffMember existing(String id) {
    return staff.byId(Objects.requireNonNull(id)).orElseThrow(() -> new UnknownStaffMember(id));
  }

  private List<StaffMember> activeAdmins() {
    return staff.all().stream().filter(m -> m.acts(Role.ADMIN)).toList();
  }

  private static StaffTransitionRefused lastAdmin(String id) {
    return new StaffTransitionRefused(Reason.LAST_ADMIN, id + " is the last active ADMIN", id);
  }
}
