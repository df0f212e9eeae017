package org.deptbot.core.staff;

/** What a staff member does in the department; a member may hold several roles. */
public enum Role {
  EMPLOYEE,
  DISPATCHER,
  SUPERVISOR,
  APPROVER,
  INTERNAL_AFFAIRS,
  ADMIN,
  /**
   * A dispatcher who leads a shift: issues notices, and may issue an emergency notice in free text
   * when no approved template fits (reviewed by the approvers afterwards).
   */
  DISPATCH_SUPERVISOR
}
