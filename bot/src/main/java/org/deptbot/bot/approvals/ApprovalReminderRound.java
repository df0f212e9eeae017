package org.deptbot.bot.approvals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.ApprovalReminders.Stage;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps templates from waiting unseen for approval. Once a version has waited {@code remindAfter}
 * since it was submitted, every member who may approve it (not its author) gets one direct message
 * saying which template, who sent it and since when, and to use {@code /approvals}; if it still
 * waits {@code remindAfter} after that, each approver's nearest active supervisor who is neither an
 * approver nor the author gets one too. Approving it or sending it back ends it; submitting it
 * again starts over. Each reminder is claimed in {@link ApprovalReminders} before it is sent, so
 * two bots, two rounds or a restart send it once; each stage's claims are audited ({@code
 * template.approval_reminded}, by the system, with the staff ids reminded).
 */
class ApprovalReminderRound {

  private static final Logger log = LoggerFactory.getLogger(ApprovalReminderRound.class);

  private final Templates templates;
  private final ApprovalReminders reminders;
  private final StaffMembers staff;
  private final Authorization authorization;
  private final StaffChats chats;
  private final Messages messages;
  private final TimeShown times;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration remindAfter;

  ApprovalReminderRound(
      Templates templates,
      ApprovalReminders reminders,
      StaffMembers staff,
      Authorization authorization,
      StaffChats chats,
      Messages messages,
      TimeShown times,
      AuditTrail audit,
      Clock clock,
      Duration remindAfter) {
    this.templates = templates;
    this.reminders = reminders;
    this.staff = staff;
    this.authorization = authorization;
    this.chats = chats;
    this.messages = messages;
    this.times = times;
    this.audit = audit;
    this.clock = clock;
    this.remindAfter = remindAfter;
  }

  /** What a round did: how many reminders it claimed and sent, to approvers and to supervisors. */
  record Result(int approvers, int supervisors) {}

  /**
   * One round over the templates waiting for approval. A template that cannot be handled is logged
   * and skipped; it never stops the others.
   */
  Result run() {
    Instant now = clock.instant();
    int approvers = 0;
    int supervisors = 0;
    for (Template t : templates.pendingApproval()) {
      try {
        Optional<Instant> submitted = ApprovalReminders.submittedAt(t);
        if (submitted.isEmpty() || now.isBefore(submitted.get().plus(remindAfter))) {
          continue;
        }
        List<StaffMember> roster = staff.all();
        List<StaffMember> mayApprove =
            roster.stream()
                .filter(m -> authorization.mayApproveTemplate(Actor.staff(m, null), t.authorId()))
                .toList();
        approvers += remind(t, submitted.get(), Stage.APPROVERS, mayApprove, now);
        if (supervisorsDue(t, submitted.get(), now)) {
          supervisors +=
              remind(
                  t, submitted.get(), Stage.SUPERVISORS, supervisorsOf(t, roster, mayApprove), now);
        }
      } catch (RuntimeException failed) {
        log.error("Approval reminders skipped template {}: {}", t.id(), failed.toString());
      }
    }
    return new Result(approvers, supervisors);
  }

  /**
   * The supervisors' turn comes {@code remindAfter} after the approvers were first reminded (so a
   * bot that was down does not remind both at once), and never before twice that since submission.
   */
  private boolean supervisorsDue(Template t, Instant submitted, Instant now) {
    Instant approversReminded =
        reminders.of(t).stream()
            .filter(r -> r.stage() == Stage.APPROVERS)
            .map(ApprovalReminders.Reminder::at)
            .findFirst()
            .orElse(submitted);
    Instant due = approversReminded.plus(remindAfter);
    Instant earliest = submitted.plus(remindAfter.multipliedBy(2));
    return !now.isBefore(due.isAfter(earliest) ? due : earliest);
  }

  /** Each approver's nearest active member above them who is not an approver or the author. */
  private static List<StaffMember> supervisorsOf(
      Template t, List<StaffMember> roster, List<StaffMember> approvers) {
    ChainOfCommand chain = new ChainOfCommand(roster);
    Map<String, StaffMember> found = new LinkedHashMap<>();
    for (StaffMember approver : approvers) {
      chain.above(approver.id()).stream()
          .filter(StaffMember::active)
          .filter(m -> !m.id().equals(t.authorId()))
          .filter(m -> approvers.stream().noneMatch(a -> a.id().equals(m.id())))
          .findFirst()
          .ifPresent(m -> found.putIfAbsent(m.id(), m));
    }
    return List.copyOf(found.values());
  }

  /** Claims, audits and sends the stage's reminders; returns how many this round claimed. */
  private int remind(
      Template t, Instant submitted, Stage stage, List<StaffMember> to, Instant now) {
    List<StaffMember> claimed = new ArrayList<>();
    for (StaffMember member : to) {
      if (reminders.claim(t, submitted, stage, member.id(), now)) {
        claimed.add(member);
      }
    }
    if (claimed.isEmpty()) {
      return 0;
    }
    audit.system(
        "template.approval_reminded",
        "template:" + t.id(),
        "by",
        "system",
        "stage",
        stage.name(),
        "to",
        String.join(",", claimed.stream().map(StaffMember::id).toList()));
    RichText text = text(t, submitted, stage);
    for (StaffMember member : claimed) {
      send(t, member, text);
    }
    return claimed.size();
  }

  private RichText text(Template t, Instant submitted, Stage stage) {
    String name = t.key() + " v" + t.version();
    Function<String, String> nameOf =
        id -> staff.byId(id).map(StaffMember::name).orElse(id == null ? "?" : id);
    String by = ApprovalReminders.submittedBy(t).map(nameOf).orElse(nameOf.apply(t.authorId()));
    String since = times.stamp(submitted);
    if (stage == Stage.APPROVERS) {
      return messages.plain("approvals.remind.approver", name, by, since);
    }
    List<String> approvers =
        staff.all().stream()
            .filter(m -> authorization.mayApproveTemplate(Actor.staff(m, null), t.authorId()))
            .map(StaffMember::name)
            .toList();
    return messages.plain(
        "approvals.remind.supervisor", name, by, since, String.join(", ", approvers));
  }

  /** Sends to every chat the member linked; a member no chat reaches is logged, not retried. */
  private void send(Template t, StaffMember member, RichText text) {
    List<StaffChats.Reach> reached =
        chats.sendToMember(
            member.id(),
            identity -> new Outgoing.Send(StaffChats.privateChat(identity), text, List.of(), null));
    if (reached.stream().noneMatch(r -> r.outcome() instanceof SendOutcome.Delivered)) {
      log.warn(
          "Approval reminder for template {} did not reach {} in chat ({} chats tried)",
          t.id(),
          member.id(),
          reached.size());
    }
  }
}
