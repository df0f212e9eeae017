package org.deptbot.admin.staff;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.audit.RosterAudit;
import org.deptbot.core.reports.CaseHandover;
import org.deptbot.core.seed.SeedFileInvalid;
import org.deptbot.core.seed.SeedImportReport;
import org.deptbot.core.seed.SeedParser;
import org.deptbot.core.seed.SeedProblem;
import org.deptbot.core.seed.SeedStaffMember;
import org.deptbot.core.seed.StaffImport;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.stereotype.Component;

/**
 * Roster import in two steps: {@link #preview} reads the file, checks it against the roster as it
 * is and lists what would change, writing nothing; {@link #apply} does the same checks again and,
 * only if there is no problem at all, imports through the core's {@link StaffImport}; members it
 * deactivates hand their open cases on ({@link CaseHandover}).
 */
@Component
class RosterImport {

  /** The file formats a roster can come in. */
  enum Format {
    CSV,
    SEED
  }

  /** What an import would change (or changed), or the problems that stop it. */
  record Plan(List<String> changes, List<SeedProblem> problems, int members, boolean applied) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final SeedParser parser = new SeedParser();
  private final StaffImport importer;
  private final StaffMembers staff;
  private final RosterChanges changes;
  private final AuditTrail audit;
  private final CaseHandover handover;

  RosterImport(
      StaffImport importer,
      StaffMembers staff,
      RosterChanges changes,
      AuditTrail audit,
      CaseHandover handover) {
    this.handover = handover;
    this.importer = importer;
    this.staff = staff;
    this.changes = changes;
    this.audit = audit;
  }

  Plan preview(Actor actor, Format format, String text) {
    List<SeedStaffMember> members;
    if (format == Format.CSV) {
      RosterCsv.Read read = RosterCsv.read(text);
      if (!read.problems().isEmpty()) {
        return refused(read.problems(), read.members().size());
      }
      members = read.members();
    } else {
      try {
        members = parser.parseRoster("the roster", new StringReader(text));
      } catch (SeedFileInvalid invalid) {
        return refused(invalid.problems(), 0);
      }
    }
    List<SeedProblem> problems = againstRoster(members);
    problems.addAll(ownRoles(actor, members));
    if (!problems.isEmpty()) {
      return refused(problems, members.size());
    }
    return new Plan(changes.of(members), List.of(), members.size(), false);
  }

  Plan apply(Actor actor, Format format, String text) {
    Plan plan = preview(actor, format, text);
    if (!plan.ok()) {
      return plan;
    }
    List<SeedStaffMember> members = readAgain(format, text);
    List<String> leaving =
        members.stream()
            .filter(m -> !m.active())
            .filter(m -> staff.byId(m.id()).filter(StaffMember::active).isPresent())
            .map(SeedStaffMember::id)
            .toList();
    SeedImportReport report =
        importer.importStaff("roster import", members, RosterAudit.by(audit, actor));
    leaving.forEach(id -> handover.handOver(actor, id));
    audit.record(
        actor,
        "staff.roster_imported",
        "staff:roster",
        "format",
        format.name(),
        "members",
        String.valueOf(plan.members()),
        "changes",
        String.valueOf(report.changes().size()));
    return new Plan(report.changes(), List.of(), plan.members(), true);
  }

  private List<SeedStaffMember> readAgain(Format format, String text) {
    return format == Format.CSV
        ? RosterCsv.read(text).members()
        : parser.parseRoster("the roster", new StringReader(text));
  }

  /** What only the roster as it is can show: unknown supervisors, loops, no ADMIN left. */
  private List<SeedProblem> againstRoster(List<SeedStaffMember> members) {
    Map<String, StaffMember> merged = new LinkedHashMap<>();
    staff.all().forEach(m -> merged.put(m.id(), m));
    boolean hadAdmin = merged.values().stream().anyMatch(m -> m.acts(Role.ADMIN));
    for (SeedStaffMember m : members) {
      merged.put(
          m.id(), new StaffMember(m.id(), m.name(), m.roles(), m.supervisorId(), m.active()));
    }
    List<SeedProblem> problems = new ArrayList<>();
    ChainOfCommand chain = new ChainOfCommand(merged.values());
    Set<Set<String>> loopsSeen = new HashSet<>();
    for (SeedStaffMember m : members) {
      if (m.supervisorId() != null && !merged.containsKey(m.supervisorId())) {
        problems.add(
            new SeedProblem(
                m.line(),
                "supervisor '"
                    + m.supervisorId()
                    + "' of "
                    + m.id()
                    + " is neither in the file nor on the roster"));
        continue;
      }
      List<String> loop = chain.loopIf(m.id(), m.supervisorId());
      if (!loop.isEmpty() && loopsSeen.add(new HashSet<>(loop))) {
        problems.add(
            new SeedProblem(
                m.line(),
                "chain of command loops: "
                    + String.join(" → ", loop)
                    + "; someone in it must have no supervisor or one outside the loop"));
      }
    }
    if (hadAdmin && merged.values().stream().noneMatch(m -> m.acts(Role.ADMIN))) {
      problems.add(
          new SeedProblem(
              0, "after this import no active member would be an ADMIN; keep at least one"));
    }
    return problems;
  }

  /** Nobody changes their own roles, not even by importing a roster: another admin must. */
  private List<SeedProblem> ownRoles(Actor actor, List<SeedStaffMember> members) {
    String me = actor.activeMember().map(StaffMember::id).orElse(null);
    List<SeedProblem> problems = new ArrayList<>();
    for (SeedStaffMember m : members) {
      if (m.id().equals(me)
          && !staff.byId(me).map(StaffMember::roles).orElse(Set.of()).equals(m.roles())) {
        problems.add(
            new SeedProblem(
                m.line(),
                "the file changes your own roles ("
                    + m.id()
                    + "); nobody changes their own roles, so ask another administrator"));
      }
    }
    return problems;
  }

  private static Plan refused(List<SeedProblem> problems, int members) {
    return new Plan(
        List.of(),
        problems.stream().sorted(java.util.Comparator.comparingInt(SeedProblem::line)).toList(),
        members,
        false);
  }
}
