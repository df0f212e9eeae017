package org.deptbot.core.tips;

import org.deptbot.core.access.Actor;
import org.deptbot.core.staff.Role;

/**
 * Need-to-know on tips, in one place for chat and console: only the tips desk (the active members
 * of {@code DEPTBOT_TIPS_DESK_ROLE}, dispatchers by default) reads them; nobody else does, whatever
 * their other roles.
 */
public final class TipAccess {

  private final Role deskRole;

  public TipAccess(Role deskRole) {
    this.deskRole = deskRole;
  }

  /** Whether the actor is on the tips desk. */
  public boolean onDesk(Actor actor) {
    return actor.activeMember().filter(m -> m.acts(deskRole)).isPresent();
  }

  public Role deskRole() {
    return deskRole;
  }
}
