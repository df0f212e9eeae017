package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;

/**
 * {@code /queue [page]}: the handler's open cases, urgent ones first, then oldest first, with age
 * and status.
 */
class QueueCommand implements ChatCommand {

  private static final int PAGE = 5;
  private static final int MAX_SORTED = 500;

  private final Reports reports;
  private final CaseAccess access;
  private final CaseCards cards;

  QueueCommand(Reports reports, CaseAccess access, CaseCards cards) {
    this.reports = reports;
    this.access = access;
    this.cards = cards;
  }

  @Override
  public String name() {
    return "queue";
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
    String me = context.actor().staffId();
    int page = arguments.strip().matches("\\d+") ? Integer.parseInt(arguments.strip()) : 0;
    long open = reports.countOpenFor(me);
    if (open == 0) {
      return context.replyWith("queue.empty");
    }
    // urgent cases first, each group oldest first; a handler's queue is short, so it is read whole
    CaseUrgency urgency = cards.urgency();
    List<Report> cases =
        reports.openFor(me, 0, (int) Math.min(open, MAX_SORTED)).stream()
            .sorted(Comparator.comparing((Report r) -> !urgency.urgent(r)))
            .skip((long) page * PAGE)
            .limit(PAGE)
            .toList();
    RichText.Builder text = RichText.builder().bold(context.text("queue.heading", open));
    List<List<Button>> rows = new ArrayList<>();
    for (Report r : cases) {
      String line =
          context.text(
              "queue.line",
              r.id(),
              cards.status(r),
              cards.age(r),
              context.text("report.clause." + r.clause()));
      text.newline().plain(line);
      cards
          .urgentLine(r, urgency)
          .ifPresent(urgent -> text.plain(context.text("queue.line.urgent", urgent)));
      rows.add(
          List.of(
              context
                  .buttons()
                  .create(context.identity(), r.id(), ButtonAction.command("case", r.id()))));
    }
    List<Button> paging = new ArrayList<>();
    if (page > 0) {
      paging.add(
          context.button(
              "queue.previous", ButtonAction.command("queue", String.valueOf(page - 1))));
    }
    if ((long) (page + 1) * PAGE < open) {
      paging.add(
          context.button("queue.next", ButtonAction.command("queue", String.valueOf(page + 1))));
    }
    if (!paging.isEmpty()) {
      rows.add(paging);
    }
    return context.reply(text.build(), rows);
  }
}
