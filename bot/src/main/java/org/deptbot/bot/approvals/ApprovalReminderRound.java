package org.deptbot.bot.approvals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.ApprovalReminders.Reminder;
import org.deptbot.core.templates.ApprovalReminders.Stage;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps templates from waiting unseen for approval, until someone is reached. Once a version has
 * waited {@code remindAfter} since it was submitted, the first of its {@link ReminderLevels} is
 * told by direct message (the approvers, or, when nobody but the author may approve it, the
 * author's supervisor); each further {@code remindAfter} the next level up the chain, to the top.
 * When every level has been told, a period later, and no chat took any of those reminders (or there
 * was nobody to tell), the department's administrators are told once. Approving it or sending it
 * back ends it; submitting it again starts over. Each reminder is claimed in {@link
 * ApprovalReminders} before it is sent, so two bots, two rounds or a restart tell each member once
 * per level; each level's claims are audited ({@code template.approval_reminded}, by the system,
 * with the staff ids told).
 */
class ApprovalReminderRound {

  private static final Logger log = LoggerFactory.getLogger(ApprovalReminderRound.class);

  private final Templates templates;
  private final ApprovalReminders reminders;
  private final StaffMembers staff;
  private final Authorization authorization;
  private final StaffChats chats;
  private final ReminderTexts texts;
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
    this.texts = new ReminderTexts(messages, times, staff);
    this.audit = audit;
    this.clock = clock;
    this.remindAfter = remindAfter;
  }

  /** What a round did: how many reminders it claimed and sent, at each stage. */
  record Result(int approvers, int supervisors, int admins) {}

  /**
   * One round over the templates waiting for approval. A template that cannot be handled is logged
   * and skipped; it never stops the others.
   */
  Result run() {
    Instant now = clock.instant();
    int[] counts = new int[Stage.values().length];
    for (Template t : templates.pendingApproval()) {
      try {
        Optional<Instant> submitted = ApprovalReminders.submittedAt(t);
        if (submitted.isPresent() && !now.isBefore(submitted.get().plus(remindAfter))) {
          remind(t, submitted.get(), now, counts);
        }
      } catch (RuntimeException failed) {
        log.error("Approval reminders skipped template {}: {}", t.id(), failed.toString());
      }
    }
    return new Result(
        counts[Stage.APPROVERS.ordinal()],
        counts[Stage.SUPERVISORS.ordinal()],
        counts[Stage.ADMINS.ordinal()]);
  }

  /**
   * Walks the levels in order: each level told, a period after the one before it was first told
   * (and never before one more period since submission, so a bot that was down does not tell two
   * levels at once). At most one new level per round.
   */
  private void remind(Template t, Instant submitted, Instant now, int[] counts) {
    List<StaffMember> roster = staff.all();
    ReminderLevels plan = ReminderLevels.of(t, roster, authorization);
    List<Reminder> told = reminders.of(t);
    Instant previous = null;
    int position = 0;
    for (ReminderLevels.Level level : plan.levels()) {
      if (now.isBefore(due(submitted, previous, position))) {
        return;
      }
      Optional<Instant> first =
          told.stream()
              .filter(r -> r.stage() == level.stage() && r.levelUp() == level.up())
              .map(Reminder::at)
              .min(Instant::compareTo);
      counts[level.stage().ordinal()] +=
          tell(t, submitted, level.stage(), level.up(), level.members(), plan, now);
      if (first.isEmpty()) {
        return; // this level was told just now: the next one waits a period
      }
      previous = first.get();
      position++;
    }
    if (now.isBefore(due(submitted, previous, position))
        || reminders.of(t).stream().anyMatch(Reminder::wasReached)) {
      return;
    }
    List<StaffMember> admins =
        roster.stream()
            .filter(m -> authorization.permits(Actor.staff(m, null), Permission.MANAGE_STAFF))
            .toList();
    if (admins.isEmpty()) {
      if (reminders.claim(t, submitted, Stage.ADMINS, 0, ApprovalReminders.NOBODY, now)) {
        log.error(
            "Template {} waits for approval and nobody was reached, and no administrator is on the"
                + " roster to tell",
            t.id());
      }
      return;
    }
    counts[Stage.ADMINS.ordinal()] += tell(t, submitted, Stage.ADMINS, 0, admins, plan, now);
  }

  /** When the level at {@code position} is due: a period after the one before was first told. */
  private Instant due(Instant submitted, Instant previous, int position) {
    Instant earliest = submitted.plus(remindAfter.multipliedBy(position + 1L));
    if (previous == null) {
      return earliest;
    }
    Instant afterPrevious = previous.plus(remindAfter);
    return afterPrevious.isAfter(earliest) ? afterPrevious : earliest;
  }

  /** Claims, audits and sends one level's reminders; returns how many this round claimed. */
  private int tell(
      Template t,
      Instant submitted,
      Stage stage,
      int up,
      List<StaffMember> to,
      ReminderLevels plan,
      Instant now) {
    List<StaffMember> claimed = new ArrayList<>();
    for (StaffMember member : to) {
      if (reminders.claim(t, submitted, stage, up, member.id(), now)) {
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
        "level",
        String.valueOf(up),
        "to",
        String.join(",", claimed.stream().map(StaffMember::id).toList()));
    RichText text = texts.of(t, submitted, now, stage, plan, reminders.of(t));
    for (StaffMember member : claimed) {
      reminders.reached(t, submitted, stage, up, member.id(), send(t, member, text));
    }
    return claimed.size();
  }

  /** Sends to every chat the member linked; true when one of them took it. */
  private boolean send(Template t, StaffMember member, RichText text) {
    List<StaffChats.Reach> reached =
        chats.sendToMember(
            member.id(),
            identity -> new Outgoing.Send(StaffChats.privateChat(identity), text, List.of(), null));
    boolean delivered =
        reached.stream().anyMatch(r -> r.outcome() instanceof SendOutcome.Delivered);
    if (!delivered) {
      log.warn(
          "Approval reminder for template {} did not reach {} in chat ({} chats tried)",
          t.id(),
          member.id(),
          reached.size());
    }
    return delivered;
  }
}
