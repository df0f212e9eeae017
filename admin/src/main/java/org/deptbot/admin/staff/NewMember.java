package org.deptbot.admin.staff;

import java.util.Set;
import java.util.regex.Pattern;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;

/**
 * A member to add by hand; checks itself, with messages for the person who typed it.
 *
 * @param id the department's id, as in the seed file: 1 to 64 letters, digits, dots, dashes or
 *     underscores
 * @param name full name
 * @param roles at least one
 * @param supervisorId an active member's id, or blank at the top
 */
record NewMember(String id, String name, Set<Role> roles, String supervisorId) {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  NewMember {
    id = id == null ? "" : id.strip();
    name = name == null ? "" : name.strip();
    supervisorId = supervisorId == null || supervisorId.isBlank() ? null : supervisorId.strip();
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "The staff ID needs 1 to 64 letters, digits, dots, dashes or underscores.");
    }
    if (name.isEmpty() || name.length() > 120) {
      throw new IllegalArgumentException("Give a name of at most 120 characters.");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("Pick at least one role.");
    }
    roles = Set.copyOf(roles);
  }

  StaffMember toMember() {
    return new StaffMember(id, name, roles, supervisorId, true);
  }
}
