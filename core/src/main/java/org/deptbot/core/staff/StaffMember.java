package org.deptbot.core.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person on the department's roster.
 *
 * @param id the department's own id for the member (for example a badge or payroll number)
 * @param name full name as colleagues know it
 * @param roles what the member may do; several are allowed
 * @param supervisorId the member's direct supervisor in the chain of command, or null at the top
 * @param active whether the member still works here; inactive members have no staff rights
 */
@Document("staff")
public record StaffMember(
    @Id String id, String name, Set<Role> roles, String supervisorId, boolean active) {

  public StaffMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    // enum order, so messages and logs list roles the same way every time
    roles =
        roles == null || roles.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /** Whether the member is active and holds {@code role}. */
  public boolean acts(Role role) {
    return active && roles.contains(role);
  }

  /** A copy with {@code active} switched off. */
  public StaffMember deactivated() {
    return new StaffMember(id, name, roles, supervisorId, false);
  }
}
