package org.deptbot.core.staff;

/** What a staff member does in the department; a member may hold several roles. */
public enum Role {
  EMPLOYEE,
  DISPATCHER,
  SUPERVISOR,
  APPROVER,
  INTERNAL_AFFAIRS,
  ADMIN
}
