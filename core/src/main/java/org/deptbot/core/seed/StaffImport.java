package org.deptbot.core.seed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deptbot.core.audit.RosterAudit;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;

/**
 * A roster import someone asked for in the console: brings the listed members and their pre-linked
 * chat accounts in line with the file, writing only what differs, and audits each change (one entry
 * per changed field or link, with before and after) as made by whoever imported it. Members missing
 * from the file are left alone.
 */
public class StaffImport {

  private final StaffMembers staff;
  private final ChatLinks links;
  private final Clock clock;

  public StaffImport(StaffMembers staff, ChatLinks links, Clock clock) {
    this.staff = staff;
    this.links = links;
    this.clock = clock;
  }

  public SeedImportReport importStaff(
      String source, List<SeedStaffMember> members, RosterAudit audit) {
    List<String> changes = new ArrayList<>();
    members.forEach(member -> importMember(member, audit, changes));
    members.forEach(member -> importLinks(member, audit, changes));
    return new SeedImportReport(source, changes);
  }

  private void importMember(SeedStaffMember seed, RosterAudit audit, List<String> changes) {
    var wanted =
        new StaffMember(seed.id(), seed.name(), seed.roles(), seed.supervisorId(), seed.active());
    Optional<StaffMember> current = staff.byId(seed.id());
    if (current.isEmpty()) {
      staff.save(wanted);
      audit.added(wanted);
      changes.add("added staff " + seed.id() + " (" + seed.name() + ", " + seed.roles() + ")");
    } else if (!current.get().equals(wanted)) {
      staff.save(wanted);
      audit.changed(current.get(), wanted);
      changes.add("updated staff " + seed.id() + ": " + differences(current.get(), wanted));
    }
  }

  private static String differences(StaffMember was, StaffMember now) {
    List<String> parts = new ArrayList<>();
    if (!was.name().equals(now.name())) {
      parts.add("name '" + was.name() + "' -> '" + now.name() + "'");
    }
    if (!was.roles().equals(now.roles())) {
      parts.add("roles " + was.roles() + " -> " + now.roles());
    }
    if (!Objects.equals(was.supervisorId(), now.supervisorId())) {
      parts.add("supervisor " + was.supervisorId() + " -> " + now.supervisorId());
    }
    if (was.active() != now.active()) {
      parts.add(now.active() ? "reactivated" : "deactivated");
    }
    return String.join(", ", parts);
  }

  private void importLinks(SeedStaffMember seed, RosterAudit audit, List<String> changes) {
    syncLink(seed.id(), ChatPlatform.TELEGRAM, seed.telegramUserId(), audit, changes);
    syncLink(seed.id(), ChatPlatform.DISCORD, seed.discordUserId(), audit, changes);
  }

  /** Makes the file's pre-linked account for one platform the member's only seed link there. */
  private void syncLink(
      String staffId,
      ChatPlatform platform,
      String userId,
      RosterAudit audit,
      List<String> changes) {
    for (ChatLink old : links.ofMember(staffId)) {
      boolean seededHere = old.source() == ChatLink.Source.SEED && old.platform() == platform;
      if (seededHere && !old.userId().equals(userId)) {
        links.unlink(old.identity());
        audit.unlinked(old);
        changes.add("unlinked " + old.id() + " from " + staffId);
      }
    }
    if (userId == null) {
      return;
    }
    ChatIdentity identity = new ChatIdentity(platform, userId);
    Optional<ChatLink> current = links.of(identity);
    if (current.isPresent() && current.get().staffId().equals(staffId)) {
      return;
    }
    ChatLink link = ChatLink.of(identity, staffId, clock.instant(), ChatLink.Source.SEED);
    links.relink(link);
    audit.linked(link, current.map(ChatLink::staffId).orElse(null));
    changes.add(
        current
            .map(c -> "moved " + identity.key() + " from " + c.staffId() + " to " + staffId)
            .orElse("linked " + identity.key() + " to " + staffId));
  }
}
