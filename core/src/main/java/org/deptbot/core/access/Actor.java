package org.deptbot.core.access;

import java.util.Optional;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.StaffMember;

/**
 * Whoever is asking: a staff member (through a linked chat account or a console login) or a member
 * of the public (an unlinked chat account).
 *
 * @param member the staff member, or null for the public
 * @param chatIdentity the chat account the request came from, or null for the console
 */
public record Actor(StaffMember member, ChatIdentity chatIdentity) {

  public static Actor publicUser(ChatIdentity identity) {
    return new Actor(null, identity);
  }

  public static Actor staff(StaffMember member, ChatIdentity identity) {
    return new Actor(member, identity);
  }

  /** The staff member, if this is an active one; an inactive member counts as the public. */
  public Optional<StaffMember> activeMember() {
    return Optional.ofNullable(member).filter(StaffMember::active);
  }

  /** The active staff member's id; only for an actor a permission check already found to be one. */
  public String staffId() {
    return activeMember()
        .orElseThrow(() -> new IllegalStateException("not an active staff member"))
        .id();
  }

  public boolean isStaff() {
    return activeMember().isPresent();
  }

  /** A short description for logs and audit entries; never a name for the public. */
  public String describe() {
    if (member != null) {
      return "staff:" + member.id();
    }
    return chatIdentity == null ? "anonymous" : "public:" + chatIdentity.key();
  }
}
