package org.deptbot.core.seed;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.deptbot.core.staff.Role;

/**
 * One staff entry from the seed file.
 *
 * @param id the file's id for this person, unique in the file
 * @param name the person's name
 * @param roles exactly the roles the file lists (none are implied)
 * @param supervisorId the id of this person's supervisor, or {@code null} at the top of the chain
 * @param active whether the person is currently on staff
 * @param telegramUserId the person's Telegram user id, or {@code null}
 * @param discordUserId the person's Discord user id, or {@code null}
 * @param line the 1-based line where the entry starts, for messages about it
 */
public record SeedStaffMember(
    String id,
    String name,
    Set<Role> roles,
    String supervisorId,
    boolean active,
    String telegramUserId,
    String discordUserId,
    int line) {

  public SeedStaffMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles =
        Collections.unmodifiableSet(
            roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
  }
}
