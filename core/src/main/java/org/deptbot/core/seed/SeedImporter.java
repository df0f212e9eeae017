package org.deptbot.core.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateEvent;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;

/**
 * Brings the database in line with a valid seed file, writing only what differs, so importing the
 * same file twice changes nothing the second time.
 *
 * <p>Without multi-document transactions a crash part-way leaves some records written; every write
 * is idempotent, so the next start finishes the import. Members and channels missing from the file
 * are left alone: deactivating people is a deliberate act in the console, not a side effect of an
 * edited file.
 */
public class SeedImporter {

  private final Departments departments;
  private final StaffMembers staff;
  private final ChatLinks links;
  private final Channels channels;
  private final Templates templates;
  private final Clock clock;

  public SeedImporter(
      Departments departments,
      StaffMembers staff,
      ChatLinks links,
      Channels channels,
      Templates templates,
      Clock clock) {
    this.departments = departments;
    this.staff = staff;
    this.links = links;
    this.channels = channels;
    this.templates = templates;
    this.clock = clock;
  }

  public SeedImportReport importSeed(String source, SeedFile seed) {
    List<String> changes = new ArrayList<>();
    importDepartment(seed.department(), changes);
    seed.staff().forEach(member -> importMember(member, changes));
    seed.staff().forEach(member -> importLinks(member, changes));
    seed.channels().forEach(channel -> importChannel(channel, changes));
    seed.templates().forEach(template -> importTemplate(template, changes));
    return new SeedImportReport(source, changes);
  }

  /**
   * Brings only the roster in line with {@code members} (a roster import): members and their
   * pre-linked chat accounts, as {@link #importSeed} does for a whole file.
   */
  public SeedImportReport importStaff(String source, List<SeedStaffMember> members) {
    List<String> changes = new ArrayList<>();
    members.forEach(member -> importMember(member, changes));
    members.forEach(member -> importLinks(member, changes));
    return new SeedImportReport(source, changes);
  }

  private void importDepartment(SeedDepartment seed, List<String> changes) {
    Department wanted =
        Department.of(seed.name(), seed.contact(), seed.website(), seed.disclaimer());
    Optional<Department> current = departments.current();
    if (current.filter(wanted::equals).isEmpty()) {
      departments.save(wanted);
      changes.add(
          current.isEmpty() ? "set up department " + seed.name() : "updated department details");
    }
  }

  private void importMember(SeedStaffMember seed, List<String> changes) {
    var wanted =
        new StaffMember(seed.id(), seed.name(), seed.roles(), seed.supervisorId(), seed.active());
    Optional<StaffMember> current = staff.byId(seed.id());
    if (current.isEmpty()) {
      staff.save(wanted);
      changes.add("added staff " + seed.id() + " (" + seed.name() + ", " + seed.roles() + ")");
    } else if (!current.get().equals(wanted)) {
      staff.save(wanted);
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

  private void importLinks(SeedStaffMember seed, List<String> changes) {
    syncLink(seed.id(), ChatPlatform.TELEGRAM, seed.telegramUserId(), changes);
    syncLink(seed.id(), ChatPlatform.DISCORD, seed.discordUserId(), changes);
  }

  /** Makes the seed's pre-linked account for one platform the member's only seed link there. */
  private void syncLink(
      String staffId, ChatPlatform platform, String userId, List<String> changes) {
    for (ChatLink old : links.ofMember(staffId)) {
      boolean seededHere = old.source() == ChatLink.Source.SEED && old.platform() == platform;
      if (seededHere && !old.userId().equals(userId)) {
        links.unlink(old.identity());
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
    links.relink(ChatLink.of(identity, staffId, clock.instant(), ChatLink.Source.SEED));
    changes.add(
        current
            .map(c -> "moved " + identity.key() + " from " + c.staffId() + " to " + staffId)
            .orElse("linked " + identity.key() + " to " + staffId));
  }

  private void importChannel(SeedChannel seed, List<String> changes) {
    var wanted =
        new Channel(seed.id(), seed.platform(), seed.chatId(), seed.name(), seed.categories());
    Optional<Channel> current = channels.byId(seed.id());
    if (current.filter(wanted::equals).isEmpty()) {
      channels.save(wanted);
      changes.add((current.isEmpty() ? "added channel " : "updated channel ") + seed.id());
    }
  }

  /**
   * A starter template goes in approved by the approver the file names. Unchanged wording imports
   * nothing; changed wording becomes a new approved version and retires the one it replaces.
   */
  private void importTemplate(SeedTemplate seed, List<String> changes) {
    Optional<Template> current = templates.usable(seed.key());
    if (current.filter(t -> sameWording(t, seed)).isPresent()) {
      return;
    }
    int version =
        templates.versions(seed.key()).stream().mapToInt(Template::version).max().orElse(0) + 1;
    Instant now = clock.instant();
    var history =
        List.of(
            new TemplateEvent(now, seed.authorId(), "created", "from the seed file"),
            new TemplateEvent(now, seed.approverId(), "approved", "approved in the seed file"));
    templates.add(
        new Template(
            seed.key() + ":v" + version,
            seed.key(),
            version,
            seed.category(),
            seed.title(),
            seed.body(),
            seed.variables(),
            seed.severity(),
            seed.urgency(),
            seed.expiresAfter(),
            seed.channels(),
            seed.authorId(),
            TemplateStatus.APPROVED,
            history));
    current.ifPresent(
        old ->
            templates.replace(
                old,
                old.retire(
                    seed.approverId(), "superseded by v" + version + " from the seed file", now)));
    changes.add(
        (current.isEmpty() ? "added template " : "updated template ")
            + seed.key()
            + " v"
            + version
            + " (approved by "
            + seed.approverId()
            + ")");
  }

  private static boolean sameWording(Template t, SeedTemplate seed) {
    return t.category() == seed.category()
        && t.title().equals(seed.title())
        && t.body().equals(seed.body())
        && t.variables().equals(seed.variables())
        && t.severity() == seed.severity()
        && t.urgency() == seed.urgency()
        && Objects.equals(t.defaultExpiry(), seed.expiresAfter())
        && t.defaultChannels().equals(seed.channels());
  }
}
