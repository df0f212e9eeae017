package org.deptbot.bot.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.EarlyIntervention;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells internal affairs when a staff member is the subject of {@code threshold} cases within
 * {@code window} (see {@link EarlyIntervention} for the rule, and for why it tells once). Each
 * active member who may handle internal-affairs cases, except the member the cases are about, gets
 * one direct message listing the case numbers and nothing else of them: no reporter, and an
 * anonymous case is a number like any other. Advisory only: no case is read for more than its
 * number and subject, and none is changed. Each flag is audited as {@code
 * case.early_intervention_flagged} by the system, under {@code early-intervention:<flag id>}, which
 * the console's audit page shows only to internal affairs.
 */
class EarlyInterventionRound {

  private static final Logger log = LoggerFactory.getLogger(EarlyInterventionRound.class);

  private final EarlyIntervention flags;
  private final StaffMembers staff;
  private final Authorization authorization;
  private final StaffChats chats;
  private final Messages messages;
  private final AuditTrail audit;
  private final Clock clock;
  private final int threshold;
  private final Duration window;

  EarlyInterventionRound(
      EarlyIntervention flags,
      StaffMembers staff,
      Authorization authorization,
      StaffChats chats,
      Messages messages,
      AuditTrail audit,
      Clock clock,
      int threshold,
      Duration window) {
    this.flags = flags;
    this.staff = staff;
    this.authorization = authorization;
    this.chats = chats;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
    this.threshold = threshold;
    this.window = window;
  }

  /** One round; returns how many members it flagged. One that fails is logged and skipped. */
  int run() {
    Instant now = clock.instant();
    int flagged = 0;
    for (EarlyIntervention.Due due : flags.dueAt(now, threshold, window)) {
      try {
        if (!flags.claim(due, now, threshold, window)) {
          continue;
        }
        flagged++;
        List<StaffMember> desk =
            staff.all().stream()
                .filter(StaffMember::active)
                .filter(m -> !m.id().equals(due.subjectId()))
                .filter(
                    m ->
                        authorization.permits(
                            Actor.staff(m, null), Permission.HANDLE_INTERNAL_AFFAIRS_CASES))
                .toList();
        audit.system(
            "case.early_intervention_flagged",
            "early-intervention:" + due.id(),
            "by",
            "system",
            "subject",
            due.subjectId(),
            "cases",
            String.join(",", due.caseIds()),
            "threshold",
            String.valueOf(threshold),
            "window",
            window.toString(),
            "to",
            String.join(",", desk.stream().map(StaffMember::id).toList()));
        RichText text = text(due);
        for (StaffMember member : desk) {
          send(member, text);
        }
        if (desk.isEmpty()) {
          log.warn(
              "Early intervention: no one on internal affairs to tell about cases {}",
              due.caseIds());
        }
      } catch (RuntimeException failed) {
        log.error("Early intervention skipped a flag: {}", failed.toString());
      }
    }
    return flagged;
  }

  private RichText text(EarlyIntervention.Due due) {
    String who =
        staff
            .byId(due.subjectId())
            .map(m -> m.name() + " (" + m.id() + ")")
            .orElse(due.subjectId());
    return messages.plain(
        "early-intervention.flagged",
        who,
        due.caseIds().size(),
        window.toDays(),
        String.join(", ", due.caseIds()));
  }

  /** Sends to every chat the member linked; a member no chat reaches is logged, not retried. */
  private void send(StaffMember member, RichText text) {
    List<StaffChats.Reach> reached =
        chats.sendToMember(
            member.id(),
            identity -> new Outgoing.Send(StaffChats.privateChat(identity), text, List.of(), null));
    if (reached.stream().noneMatch(r -> r.outcome() instanceof SendOutcome.Delivered)) {
      log.warn(
          "Early intervention message did not reach {} in chat ({} chats tried)",
          member.id(),
          reached.size());
    }
  }
}
