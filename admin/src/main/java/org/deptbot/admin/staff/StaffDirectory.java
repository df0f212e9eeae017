package org.deptbot.admin.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.admin.login.ConsoleAccount;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.enrollment.EnrollmentCode;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.Roster;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.stereotype.Component;

/** What the staff pages and API show: the directory a page at a time, and one member in full. */
@Component
class StaffDirectory {

  static final int MAX_PAGE_SIZE = 100;
  private final StaffMembers staff;
  private final ChatLinks links;
  private final ConsoleAccounts accounts;
  private final Enrollment enrollment;
  private final Roster roster;
  private final StaffChanges changes;
  private final Clock clock;

  StaffDirectory(
      StaffMembers staff,
      ChatLinks links,
      ConsoleAccounts accounts,
      Enrollment enrollment,
      Roster roster,
      StaffChanges changes,
      Clock clock) {
    this.staff = staff;
    this.links = links;
    this.accounts = accounts;
    this.enrollment = enrollment;
    this.roster = roster;
    this.changes = changes;
    this.clock = clock;
  }

  /** One line of the directory. */
  record MemberRow(
      String id,
      String name,
      Set<Role> roles,
      String supervisorId,
      boolean active,
      boolean consoleAccount) {}

  /** A page of the directory; {@code page} counts from 0. */
  record StaffPage(List<MemberRow> items, int page, int size, long total) {
    public boolean hasPrevious() {
      return page > 0;
    }

    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }
  }

  /** Whether the member can sign in to the console, and what stands in the way. */
  record ConsoleSignIn(
      boolean exists, boolean locked, Instant lockedUntil, boolean mustChangePassword) {}

  /** One member with everything the member page shows. */
  record MemberDetails(
      StaffMember member,
      StaffMember supervisor,
      List<StaffMember> chainAbove,
      List<StaffMember> directReports,
      List<ChatLink> chatLinks,
      ConsoleSignIn console,
      int openEnrollmentCodes,
      Instant enrollmentCodesExpire,
      boolean lastAdmin) {}

  /** Members whose id or name contains {@code text} (any case), with {@code role} if given. */
  StaffPage find(String text, Role role, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Set<String> withAccount =
        accounts.all().stream().map(ConsoleAccount::staffId).collect(Collectors.toSet());
    List<StaffMember> matching =
        staff.all().stream()
            .filter(m -> role == null || m.roles().contains(role))
            .filter(
                m ->
                    m.id().toLowerCase(Locale.ROOT).contains(wanted)
                        || m.name().toLowerCase(Locale.ROOT).contains(wanted))
            .toList();
    List<MemberRow> rows =
        matching.stream()
            .skip((long) pageNumber * pageSize)
            .limit(pageSize)
            .map(
                m ->
                    new MemberRow(
                        m.id(),
                        m.name(),
                        m.roles(),
                        m.supervisorId(),
                        m.active(),
                        withAccount.contains(m.id())))
            .toList();
    return new StaffPage(rows, pageNumber, pageSize, matching.size());
  }

  MemberDetails details(String id) {
    StaffMember member = changes.member(id);
    List<StaffMember> everyone = staff.all();
    Map<String, StaffMember> byId =
        everyone.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    ChainOfCommand chain = new ChainOfCommand(everyone);
    Instant now = clock.instant();
    ConsoleSignIn console =
        accounts
            .byId(id)
            .map(
                a ->
                    new ConsoleSignIn(
                        true, a.lockedAt(now), a.lockedUntil(), a.mustChangePassword()))
            .orElse(new ConsoleSignIn(false, false, null, false));
    List<EnrollmentCode> codes = enrollment.openCodes(id);
    return new MemberDetails(
        member,
        member.supervisorId() == null ? null : byId.get(member.supervisorId()),
        chain.above(id),
        chain.directReports(id).stream().sorted(Comparator.comparing(StaffMember::id)).toList(),
        links.ofMember(id),
        console,
        codes.size(),
        codes.stream().map(EnrollmentCode::expiresAt).max(Comparator.naturalOrder()).orElse(null),
        roster.isLastAdmin(id));
  }

  /** Active members who could supervise {@code id} without a loop, for the form's choices. */
  List<StaffMember> possibleSupervisors(String id) {
    ChainOfCommand chain = staff.chainOfCommand();
    return staff.all().stream()
        .filter(StaffMember::active)
        .filter(m -> chain.loopIf(id, m.id()).isEmpty())
        .toList();
  }
}
