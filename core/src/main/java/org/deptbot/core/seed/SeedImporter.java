package org.deptbot.core.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.audit.RosterAudit;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.Findings;
import org.deptbot.core.reports.ProvisionDeadlines;
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
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;

/**
 * Imports the seed file at every start: it fills an empty database and adds what is new in the file
 * (a member, a chat account, a channel, a template), and never reverts what the console changed. A
 * member, channel or template that exists is left as it is, in whatever state; a chat account the
 * seed linked once (see {@link SeedLedger}) is not linked again after someone removed it. Every
 * change is written to the audit trail as one by the system.
 *
 * <p>Without multi-document transactions a crash part-way leaves some records written; each is
 * remembered only after it is stored, so the next start finishes the import.
 */
public class SeedImporter {

  private final Departments departments;
  private final StaffMembers staff;
  private final ChatLinks links;
  private final Channels channels;
  private final Templates templates;
  private final ProvisionDeadlines deadlines;
  private final SeedLedger ledger;
  private final AuditTrail audit;
  private final Clock clock;
  private final Zones zones;
  private final Findings findings;
  private final TestMessages testMessages;

  /**
   * With {@code zones} null the file's bounds and zones are not imported; with {@code findings}
   * null its findings and case settings are not; with {@code testMessages} null its test messages
   * are not.
   */
  public SeedImporter(
      Departments departments,
      StaffMembers staff,
      ChatLinks links,
      Channels channels,
      Templates templates,
      ProvisionDeadlines deadlines,
      SeedLedger ledger,
      AuditTrail audit,
      Clock clock,
      Zones zones,
      Findings findings,
      TestMessages testMessages) {
    this.findings = findings;
    this.testMessages = testMessages;
    this.zones = zones;
    this.deadlines = deadlines;
    this.departments = departments;
    this.staff = staff;
    this.links = links;
    this.channels = channels;
    this.templates = templates;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  public SeedImportReport importSeed(String source, SeedFile seed) {
    List<String> changes = new ArrayList<>();
    importDepartment(seed.department(), changes);
    seed.staff().forEach(member -> importMember(member, changes));
    seed.staff().forEach(member -> importLinks(member, changes));
    seed.channels().forEach(channel -> importChannel(channel, changes));
    importZones(seed, changes);
    seed.templates().forEach(template -> importTemplate(template, changes));
    importDeadlines(seed.urgency(), changes);
    importFindings(seed.findings(), changes);
    importTestMessages(seed.testMessages(), changes);
    return new SeedImportReport(source, changes);
  }

  /** The department's details go in once; later changes are made in the console. */
  private void importDepartment(SeedDepartment seed, List<String> changes) {
    var current = departments.current();
    if (current.isPresent()) {
      // The languages are configuration: the file's replace what is stored at every start.
      if (!current.get().languages().equals(seed.languages())) {
        departments.save(current.get().withLanguages(seed.languages()));
        audit.system(
            "department.languages_set",
            "department:current",
            "languages",
            String.join(",", seed.languages()),
            "source",
            "seed file");
        changes.add("department languages set to " + String.join(", ", seed.languages()));
      }
      return;
    }
    departments.save(
        Department.of(seed.name(), seed.contact(), seed.website(), seed.disclaimer())
            .withLanguages(seed.languages()));
    audit.system(
        "department.set_up", "department:current", "name", seed.name(), "source", "seed file");
    changes.add("set up department " + seed.name());
  }

  /**
   * The provisions' acknowledgement deadlines are configuration, not records: the file's replace
   * what is stored at every start (the console cannot change them).
   */
  private void importDeadlines(CaseUrgency wanted, List<String> changes) {
    if (deadlines.get().equals(wanted)) {
      return;
    }
    deadlines.set(wanted);
    changes.add(
        wanted.deadlines().isEmpty()
            ? "no provision has its own acknowledgement deadline"
            : "acknowledgement deadlines: "
                + wanted.deadlines().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(
                        e ->
                            e.getKey().name() + " " + SeedDuration.format(e.getValue().ackWithin()))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse(""));
  }

  /**
   * The findings and whether reporters are told them are configuration too: the file's replace what
   * is stored at every start.
   */
  private void importFindings(Findings.Settings wanted, List<String> changes) {
    if (findings == null || findings.settings().equals(wanted)) {
      return;
    }
    findings.set(wanted);
    changes.add(
        "findings: "
            + wanted.findings().stream()
                .map(Findings.Finding::code)
                .reduce((a, b) -> a + ", " + b)
                .orElse("")
            + (wanted.tellReporterFinding() ? "; reporters are told the finding" : ""));
  }

  /**
   * The test messages are configuration, like the deadlines: the file's replace what is stored at
   * every start, and a change is audited.
   */
  private void importTestMessages(List<TestMessage> wanted, List<String> changes) {
    if (testMessages == null || testMessages.all().equals(wanted)) {
      return;
    }
    testMessages.set(wanted);
    String described =
        wanted.isEmpty()
            ? "none"
            : String.join(
                "; ",
                wanted.stream()
                    .map(t -> t.id() + " (" + t.templateKey() + ", " + t.rule().text() + ")")
                    .toList());
    audit.system(
        "test_messages.set",
        "department:current",
        "test_messages",
        described,
        "source",
        "seed file");
    changes.add("test messages: " + described);
  }

  private void importMember(SeedStaffMember seed, List<String> changes) {
    String key = "staff:" + seed.id();
    if (staff.byId(seed.id()).isEmpty() && !ledger.applied(key)) {
      var member =
          new StaffMember(seed.id(), seed.name(), seed.roles(), seed.supervisorId(), seed.active());
      if (staff.insert(member)) {
        RosterAudit.bySystem(audit).added(member);
        changes.add("added staff " + seed.id() + " (" + seed.name() + ", " + seed.roles() + ")");
      }
    }
    ledger.remember(key, clock.instant());
  }

  private void importLinks(SeedStaffMember seed, List<String> changes) {
    importLink(seed.id(), ChatPlatform.TELEGRAM, seed.telegramUserId(), changes);
    importLink(seed.id(), ChatPlatform.DISCORD, seed.discordUserId(), changes);
  }

  /** Links the account once, if it is free; never moves it from someone else. */
  private void importLink(
      String staffId, ChatPlatform platform, String userId, List<String> changes) {
    if (userId == null) {
      return;
    }
    ChatIdentity identity = new ChatIdentity(platform, userId);
    String key = "link:" + identity.key() + ">" + staffId;
    if (ledger.applied(key)) {
      return;
    }
    ChatLink wanted = ChatLink.of(identity, staffId, clock.instant(), ChatLink.Source.SEED);
    if (links.of(identity).isEmpty() && links.linkIfFree(wanted).staffId().equals(staffId)) {
      RosterAudit.bySystem(audit).linked(wanted, null);
      changes.add("linked " + identity.key() + " to " + staffId);
    }
    ledger.remember(key, clock.instant());
  }

  private void importChannel(SeedChannel seed, List<String> changes) {
    String key = "channel:" + seed.id();
    if (channels.byId(seed.id()).isEmpty() && !ledger.applied(key)) {
      channels.save(
          new Channel(
              seed.id(),
              seed.platform(),
              seed.chatId(),
              seed.name(),
              seed.categories(),
              seed.language()));
      audit.system(
          "channel.added",
          "channel:" + seed.id(),
          "platform",
          seed.platform().name(),
          "chat",
          seed.chatId(),
          "source",
          "seed file");
      changes.add("added channel " + seed.id());
    }
    ledger.remember(key, clock.instant());
  }

  /**
   * The bounds and zones are the seed file's alone (the console does not edit them): each start
   * saves what changed. A zone no longer in the file stays stored, so notices and subscribers that
   * name it still read; it is simply no longer offered.
   */
  private void importZones(SeedFile seed, List<String> changes) {
    if (zones == null) {
      return;
    }
    if (seed.bounds() != null && zones.saveBounds(seed.bounds())) {
      audit.system("zones.bounds_set", "department:current", "source", "seed file");
      changes.add("set the department's bounds");
    }
    for (Zone zone : seed.zones()) {
      if (zones.save(zone)) {
        audit.system("zone.saved", "zone:" + zone.id(), "name", zone.name(), "source", "seed file");
        changes.add("saved zone " + zone.id());
      }
    }
    for (SeedTemplate template : seed.templates()) {
      if (zones.saveDefaults(template.key(), template.zones())) {
        changes.add("template " + template.key() + " names zones " + template.zones());
      }
    }
  }

  /**
   * A starter template goes in approved by the approver the file names, if no version of it exists
   * yet; once it does, its wording and state are the console's to change.
   */
  private void importTemplate(SeedTemplate seed, List<String> changes) {
    String key = "template:" + seed.key();
    if (templates.versions(seed.key()).isEmpty() && !ledger.applied(key)) {
      addTemplate(seed);
      audit.system(
          "template.added",
          "template:" + seed.key() + ":v1",
          "approvedBy",
          seed.approverId(),
          "source",
          "seed file");
      changes.add("added template " + seed.key() + " v1 (approved by " + seed.approverId() + ")");
    }
    ledger.remember(key, clock.instant());
  }

  private void addTemplate(SeedTemplate seed) {
    Instant now = clock.instant();
    var history =
        List.of(
            new TemplateEvent(now, seed.authorId(), "created", "from the seed file"),
            new TemplateEvent(now, seed.approverId(), "approved", "approved in the seed file"));
    templates.add(
        new Template(
            seed.key() + ":v1",
            seed.key(),
            1,
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
            history,
            seed.wordings()));
  }
}
