package org.deptbot.core.testing;

import java.util.Set;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;

/** Test-data builders for staff members. */
public final class StaffFixtures {

  private StaffFixtures() {}

  public static StaffMember member(String id, Role... roles) {
    return new StaffMember(id, "Member " + id, Set.of(roles), null, true);
  }

  public static StaffMember memberUnder(String id, String supervisorId, Role... roles) {
    return new StaffMember(id, "Member " + id, Set.of(roles), supervisorId, true);
  }
}
