package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Triage;

/**
 * {@code /mycases}: the reporter's own cases and their status (not the handlers' notes), with Add
 * information; {@code /mycases R-… text} adds it at once. Works the same for anonymous reports.
 */
class MyCasesCommand implements ChatCommand, ChatFlow {

  private final Reports reports;
  private final ReportDesk reportDesk;
  private final Triage caseDesk;
  private final CaseCards cards;
  private final Conversations conversations;

  MyCasesCommand(
      Reports reports,
      ReportDesk reportDesk,
      Triage caseDesk,
      CaseCards cards,
      Conversations conversations) {
    this.reports = reports;
    this.reportDesk = reportDesk;
    this.caseDesk = caseDesk;
    this.cards = cards;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "mycases";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.VIEW_OWN_REPORTS);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    if (!context.inPrivateChat()) {
      return context.replyWith("report.private-only");
    }
    String tag = reportDesk.tagOf(context.actor());
    String[] parts = arguments.strip().split("\\s+", 2);
    if (!parts[0].isEmpty()) {
      Optional<Report> mine =
          reports
              .byId(parts[0].toUpperCase(java.util.Locale.ROOT))
              .filter(r -> tag.equals(r.reporterTag()));
      if (mine.isEmpty()) {
        return context.replyWith("mycases.unknown", parts[0]);
      }
      if (parts.length > 1) {
        return add(context, mine.get(), parts[1]);
      }
      conversations.begin(context.identity(), name(), "add", Map.of("case", mine.get().id()));
      return context.replyWith("mycases.ask-add", mine.get().id());
    }
    List<Report> mine = reports.ofReporter(tag);
    if (mine.isEmpty()) {
      return context.replyWith("mycases.none");
    }
    List<Outgoing> out = new ArrayList<>();
    for (Report r : mine) {
      out.addAll(
          context.reply(
              RichText.plain(context.text("mycases.line", r.id(), cards.status(r), cards.age(r))),
              r.status().open()
                  ? List.of(List.of(context.button("mycases.add", "/mycases " + r.id())))
                  : List.of()));
    }
    return out;
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    String tag = reportDesk.tagOf(context.actor());
    Optional<Report> mine =
        reports.byId(conversation.data().get("case")).filter(r -> tag.equals(r.reporterTag()));
    conversations.end(context.identity());
    return mine.map(r -> add(context, r, text)).orElseGet(() -> context.replyWith("mycases.none"));
  }

  private List<Outgoing> add(ChatContext context, Report r, String text) {
    try {
      caseDesk.reporterAdds(r, text.strip());
      return context.replyWith("mycases.added", r.id());
    } catch (CaseTransitionRefused refused) {
      return CaseActionCommand.refusal(context, refused);
    }
  }
}
