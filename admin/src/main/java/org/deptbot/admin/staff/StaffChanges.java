package org.deptbot.admin.staff;

import java.security.SecureRandom;
import java.util.Set;
import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.login.ApiTokens;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.audit.RosterAudit;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.enrollment.IssuedCode;
import org.deptbot.core.reports.CaseHandover;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.Roster;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every change the staff pages and API make, each through the core and each written to the audit
 * trail; pages and API differ only in how they ask and answer.
 */
@Component
public class StaffChanges {

  private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
  private final Roster roster;
  private final StaffMembers staff;
  private final ChatLinks links;
  private final Enrollment enrollment;
  private final ConsoleAccounts accounts;
  private final ApiTokens tokens;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final CaseHandover handover;
  private final SecureRandom random = new SecureRandom();

  StaffChanges(
      Roster roster,
      StaffMembers staff,
      ChatLinks links,
      Enrollment enrollment,
      ConsoleAccounts accounts,
      ApiTokens tokens,
      PasswordEncoder encoder,
      AuditTrail audit,
      CaseHandover handover) {
    this.roster = roster;
    this.staff = staff;
    this.links = links;
    this.enrollment = enrollment;
    this.accounts = accounts;
    this.tokens = tokens;
    this.encoder = encoder;
    this.audit = audit;
    this.handover = handover;
  }

  /** The member, or {@link NotFound}. */
  public StaffMember member(String id) {
    return staff.byId(id).orElseThrow(() -> new NotFound("Staff member " + id));
  }

  StaffMember add(Actor actor, NewMember wanted) {
    StaffMember added = roster.add(wanted.toMember());
    RosterAudit.by(audit, actor).added(added);
    return added;
  }

  StaffMember setRoles(Actor actor, String id, Set<Role> roles) {
    StaffMember before = member(id);
    StaffMember after =
        roster.setRoles(actor.activeMember().map(StaffMember::id).orElse(null), id, roles);
    RosterAudit.by(audit, actor).changed(before, after);
    return after;
  }

  StaffMember setSupervisor(Actor actor, String id, String supervisorId) {
    StaffMember before = member(id);
    StaffMember after = roster.setSupervisor(id, supervisorId);
    RosterAudit.by(audit, actor).changed(before, after);
    return after;
  }

  /**
   * Deactivates the member. Their chat accounts stay linked for the record but count as the public
   * (the core treats an inactive member so), their API tokens and console sign-in stop working, and
   * their unused enrollment codes are revoked. Their open cases go to the next handler up.
   */
  StaffMember deactivate(Actor actor, String id, String reason) {
    StaffMember before = member(id);
    StaffMember after = roster.deactivate(id);
    RosterAudit.by(audit, actor, reason).changed(before, after);
    long revoked = enrollment.revokeOpenCodes(id);
    if (revoked > 0) {
      RosterAudit.by(audit, actor, reason)
          .enrollmentCodes(id, "enrollment.codes_revoked", revoked, 0);
    }
    if (before.active()) {
      handover.handOver(actor, id);
    }
    return after;
  }

  StaffMember reactivate(Actor actor, String id) {
    StaffMember before = member(id);
    StaffMember after = roster.reactivate(id);
    RosterAudit.by(audit, actor).changed(before, after);
    return after;
  }

  void unlink(Actor actor, String id, String linkKey, String reason) {
    ChatLink link =
        links.ofMember(member(id).id()).stream()
            .filter(l -> l.id().equals(linkKey))
            .findFirst()
            .orElseThrow(() -> new NotFound("Chat account " + linkKey + " of " + id));
    links.unlink(link.identity());
    RosterAudit.by(audit, actor, reason).unlinked(link);
  }

  IssuedCode issueCode(Actor actor, String id) {
    requireActive(id);
    int before = enrollment.openCodes(id).size();
    IssuedCode issued = enrollment.issue(id, actor.staffId());
    RosterAudit.by(audit, actor)
        .enrollmentCodes(
            id,
            "enrollment.code_issued",
            before,
            enrollment.openCodes(id).size(),
            "expiresAt",
            issued.expiresAt().toString());
    return issued;
  }

  long revokeCodes(Actor actor, String id, String reason) {
    member(id);
    long revoked = enrollment.revokeOpenCodes(id);
    RosterAudit.by(audit, actor, reason)
        .enrollmentCodes(id, "enrollment.codes_revoked", revoked, enrollment.openCodes(id).size());
    return revoked;
  }

  /**
   * Sets a new one-time password, unlocking the account (and making one if there was none); the
   * member must choose their own at the next sign-in, and their API tokens are revoked. The text
   * returned is shown once.
   */
  String resetPassword(Actor actor, String id, String reason) {
    requireActive(id);
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
    }
    accounts.setPassword(id, encoder.encode(password.toString()), true);
    long revoked = tokens.revokeAll(id);
    if (reason == null || reason.isBlank()) {
      audit.record(
          actor, "console.password_reset", subject(id), "tokensRevoked", String.valueOf(revoked));
    } else {
      audit.record(
          actor,
          "console.password_reset",
          subject(id),
          "tokensRevoked",
          String.valueOf(revoked),
          "reason",
          AuditRecord.fitted(reason));
    }
    return password.toString();
  }

  void unlock(Actor actor, String id) {
    member(id);
    accounts.unlock(id);
    audit.record(actor, "console.unlocked", subject(id));
  }

  private void requireActive(String id) {
    if (!member(id).active()) {
      throw new IllegalArgumentException(id + " is not active. Reactivate them first.");
    }
  }

  private static String subject(String id) {
    return "staff:" + id;
  }
}
