package org.deptbot.bot.reports;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;

/**
 * {@code /case R-2026-000042}: one case with its history and, for its handler, the actions. A case
 * the asker may not see is answered exactly like one that does not exist.
 */
class CaseCommand implements ChatCommand {

  private final Triage triage;
  private final CaseAccess access;
  private final CaseCards cards;

  CaseCommand(Triage triage, CaseAccess access, CaseCards cards) {
    this.triage = triage;
    this.access = access;
    this.cards = cards;
  }

  @Override
  public String name() {
    return "case";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("case.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.TRIAGE_REPORTS);
  }

  @Override
  public boolean offeredTo(Actor actor, Authorization authorization) {
    return access.mayTriage(actor);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    if (arguments.isBlank()) {
      return context.replyWith("case.needs-number");
    }
    Optional<Report> found = triage.visible(context.actor(), arguments);
    if (found.isEmpty()) {
      return context.replyWith("case.unknown", arguments.strip());
    }
    Report r = found.get();
    triage.viewed(context.actor(), r);
    String me = context.actor().staffId();
    return context.reply(
        cards.card(r),
        me.equals(r.handlerId()) && r.status().open()
            ? cards.actions(r, context.buttons(), context.identity())
            : cards.viewerActions(
                r,
                context.buttons(),
                context.identity(),
                access.maySeeNotes(context.actor(), r),
                triage.mayReopen(context.actor(), r)));
  }
}
