package org.deptbot.admin.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deptbot.core.seed.SeedStaffMember;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.stereotype.Component;

/**
 * Lists, without writing anything, what the core's {@link org.deptbot.core.seed.StaffImport} would
 * change for a roster: the same decisions it makes, worded for the preview.
 */
@Component
class RosterChanges {

  private final StaffMembers staff;
  private final ChatLinks links;

  RosterChanges(StaffMembers staff, ChatLinks links) {
    this.staff = staff;
    this.links = links;
  }

  List<String> of(List<SeedStaffMember> members) {
    List<String> changes = new ArrayList<>();
    for (SeedStaffMember m : members) {
      member(m, changes);
    }
    for (SeedStaffMember m : members) {
      link(m.id(), ChatPlatform.TELEGRAM, m.telegramUserId(), changes);
      link(m.id(), ChatPlatform.DISCORD, m.discordUserId(), changes);
    }
    return changes;
  }

  private void member(SeedStaffMember m, List<String> changes) {
    Optional<StaffMember> current = staff.byId(m.id());
    if (current.isEmpty()) {
      changes.add("add " + m.id() + " (" + m.name() + ", " + m.roles() + ")");
      return;
    }
    StaffMember was = current.get();
    List<String> parts = new ArrayList<>();
    if (!was.name().equals(m.name())) {
      parts.add("name '" + was.name() + "' → '" + m.name() + "'");
    }
    if (!was.roles().equals(m.roles())) {
      parts.add("roles " + was.roles() + " → " + m.roles());
    }
    if (!Objects.equals(was.supervisorId(), m.supervisorId())) {
      parts.add("supervisor " + orNone(was.supervisorId()) + " → " + orNone(m.supervisorId()));
    }
    if (was.active() != m.active()) {
      parts.add(m.active() ? "reactivate" : "deactivate");
    }
    if (!parts.isEmpty()) {
      changes.add("update " + m.id() + ": " + String.join(", ", parts));
    }
  }

  private void link(String id, ChatPlatform platform, String userId, List<String> changes) {
    for (ChatLink old : links.ofMember(id)) {
      boolean seededHere = old.source() == ChatLink.Source.SEED && old.platform() == platform;
      if (seededHere && !old.userId().equals(userId)) {
        changes.add("unlink " + old.id() + " from " + id);
      }
    }
    if (userId == null) {
      return;
    }
    ChatIdentity identity = new ChatIdentity(platform, userId);
    Optional<ChatLink> current = links.of(identity);
    if (current.isPresent() && current.get().staffId().equals(id)) {
      return;
    }
    changes.add(
        current
            .map(c -> "move " + identity.key() + " from " + c.staffId() + " to " + id)
            .orElse("link " + identity.key() + " to " + id));
  }

  private static String orNone(String id) {
    return id == null ? "(none)" : id;
  }
}
