package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.ChatIdentity;

/**
 * {@code /mycases}: the reporter's own named and confidential cases and their status (not the
 * handlers' notes), with Add information; {@code /mycases R-… text} adds it at once. An anonymous
 * report is followed with its receipt key ({@code /mycases KEY}, from any account) or its number
 * from the chat it was sent from: nothing stored lists a person's anonymous reports.
 */
class MyCasesCommand implements ChatCommand, ChatFlow {

  private final Reports reports;
  private final ReportDesk reportDesk;
  private final Triage triage;
  private final CaseCards cards;
  private final Conversations conversations;

  MyCasesCommand(
      Reports reports,
      ReportDesk reportDesk,
      Triage triage,
      CaseCards cards,
      Conversations conversations) {
    this.reports = reports;
    this.reportDesk = reportDesk;
    this.triage = triage;
    this.cards = cards;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "mycases";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("report.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.VIEW_OWN_REPORTS);
  }

  @Override
  public Optional<Permission> requires(String arguments) {
    String first = arguments.strip().split("\\s+", 2)[0];
    return ReceiptKeys.hashOf(first).isPresent()
        ? Optional.of(Permission.FOLLOW_WITH_RECEIPT_KEY)
        : requires();
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 2);
    if (parts[0].isEmpty()) {
      return list(context);
    }
    Optional<Report> mine = reportDesk.mine(context.actor(), context.incoming().chat(), parts[0]);
    if (mine.isEmpty()) {
      return context.replyWith("mycases.unknown", parts[0]);
    }
    if (parts.length > 1) {
      return add(context, mine.get(), parts[1]);
    }
    Report r = mine.get();
    if (r.status().open()) {
      conversations.begin(context.identity(), name(), "add", Map.of("case", r.id()));
    }
    return context.reply(
        RichText.builder()
            .plain(line(context, r))
            .newline()
            .plain(context.text(r.status().open() ? "mycases.ask-add" : "mycases.closed", r.id()))
            .build(),
        List.of());
  }

  /** The case as its reporter reads it: what it is about and where it is, in plain words. */
  private String line(ChatContext context, Report r) {
    return context.text(
        "mycases.line",
        r.id(),
        context.text("report.clause." + r.clause()),
        context.text("mycases.status." + r.status()),
        cards.age(r));
  }

  /**
   * Whatever the reporter added answers the question (the case takes it as the answer), whichever
   * account it came from (a receipt key works from any): the reporter's chat, where it was asked,
   * waits for no answer any more, so their next plain message is not added to the case too.
   */
  private void noLongerAwaited(Report r) {
    try {
      ChatTarget chat = reportDesk.reporterChat(r);
      conversations.answered(new ChatIdentity(chat.platform(), chat.chatId()), r.id());
    } catch (ReporterSeal.SealUnreadable unreadable) {
      // no chat to clear: the question could never have been noted there under this key
    }
  }

  private List<Outgoing> list(ChatContext context) {
    List<Report> mine = reportDesk.named(context.actor());
    if (mine.isEmpty()) {
      return context.replyWith("mycases.none");
    }
    List<Outgoing> out = new ArrayList<>();
    for (Report r : mine) {
      out.addAll(
          context.reply(
              RichText.plain(line(context, r)),
              r.status().open()
                  ? List.of(
                      List.of(
                          context.button("mycases.add", ButtonAction.command("mycases", r.id()))))
                  : List.of()));
    }
    out.addAll(context.replyWith("mycases.anonymous-not-listed"));
    return out;
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    // the conversation is sealed and was begun only once the case was found to be theirs
    Optional<Report> mine = reports.byId(conversation.data().get("case"));
    conversations.end(context.identity());
    return mine.map(r -> add(context, r, text)).orElseGet(() -> context.replyWith("mycases.none"));
  }

  private List<Outgoing> add(ChatContext context, Report r, String text) {
    try {
      noLongerAwaited(triage.reporterAdds(context.actor(), r, text.strip()));
      return context.replyWith("mycases.added", r.id());
    } catch (CaseTransitionRefused refused) {
      return CaseActionCommand.refusal(context, refused);
    }
  }
}
