package org.deptbot.core.staff;

/** Thrown when an operation names a staff member who is not on the roster or not active. */
public class UnknownStaffMember extends RuntimeException {

  private final String staffId;

  public UnknownStaffMember(String staffId) {
    super("No active staff member with id '" + staffId + "'");
    this.staffId = staffId;
  }

  public String staffId() {
    return staffId;
  }
}
