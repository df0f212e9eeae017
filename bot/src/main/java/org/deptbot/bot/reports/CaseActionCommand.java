package org.deptbot.bot.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;

/**
 * {@code /case_act ID ack|ask|escalate|resolve|dismiss}, behind the case card's buttons. Asking,
 * resolving and dismissing take a line of text (and resolving an outcome) in a short follow-up.
 */
class CaseActionCommand implements ButtonCommand, ChatFlow {

  static final String FLOW = "case_act"; // the command's flow shares its name

  private final Triage desk;
  private final CaseAccess access;
  private final Conversations conversations;
  private final CaseCards cards;
  private final EvidenceViewer evidence;

  CaseActionCommand(
      Triage desk,
      CaseAccess access,
      Conversations conversations,
      CaseCards cards,
      EvidenceViewer evidence) {
    this.evidence = evidence;
    this.cards = cards;
    this.desk = desk;
    this.access = access;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "case_act";
  }

  @Override
  public boolean privateOnly() {
    return true;
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty(); // triage rights are checked below, with need-to-know on the case
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 3);
    if (!access.mayTriage(context.actor()) || parts.length < 2) {
      return context.replyWith("not-permitted");
    }
    Optional<Report> found = desk.visible(context.actor(), parts[0]);
    if (found.isEmpty()) {
      return context.replyWith("case.unknown", parts[0]);
    }
    Report r = found.get();
    String action = parts[1].toLowerCase(Locale.ROOT);
    try {
      return switch (action) {
        case "ack" -> done(context, desk.acknowledge(context.actor(), r), "case.done.ack");
        case "escalate" -> done(context, desk.escalate(context.actor(), r), "case.done.escalate");
        case "ask", "dismiss" -> askNote(context, r.id(), action, null);
        case "files" -> files(context, r);
        case "assign" -> assign(context, r, parts.length > 2 ? parts[2] : null);
        case "resolve" ->
            parts.length > 2
                ? askNote(context, r.id(), action, Outcome.valueOf(parts[2]))
                : context.reply(
                    context.messages().plain("case.ask-outcome", r.id()),
                    Arrays.stream(Outcome.values())
                        .map(
                            o ->
                                List.of(
                                    context.button(
                                        "case.outcome." + o,
                                        "/case_act " + r.id() + " resolve " + o)))
                        .toList());
        default -> context.replyWith("case.unknown-action", action);
      };
    } catch (CaseTransitionRefused refused) {
      return refusal(context, refused);
    }
  }

  /** Evidence goes only to a private chat: in a group everyone there would see it. */
  private List<Outgoing> files(ChatContext context, Report r) {
    if (!context.inPrivateChat()) {
      return context.replyWith("case.files.private-only");
    }
    desk.filesViewed(context.actor(), r);
    return evidence.show(context, r);
  }

  private List<Outgoing> assign(ChatContext context, Report r, String to) {
    if (to != null) {
      Report changed = desk.assign(context.actor(), r, to);
      return context.replyWith("case.done.assign", changed.id(), cards.name(changed.handlerId()));
    }
    return context.reply(
        context.messages().plain("case.ask-assignee", r.id()),
        desk.assignable(context.actor(), r).stream()
            .map(
                m ->
                    List.of(
                        context
                            .buttons()
                            .create(
                                context.identity(),
                                m.name(),
                                "/case_act " + r.id() + " assign " + m.id())))
            .toList());
  }

  private List<Outgoing> askNote(
      ChatContext context, String caseId, String action, Outcome outcome) {
    conversations.begin(
        context.identity(),
        FLOW,
        action,
        outcome == null
            ? Map.of("case", caseId)
            : Map.of("case", caseId, "outcome", outcome.name()));
    return context.replyWith("case.ask-note." + action, caseId);
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    Optional<Report> found = desk.visible(context.actor(), conversation.data().get("case"));
    if (found.isEmpty() || !access.mayTriage(context.actor())) {
      conversations.end(context.identity());
      return context.replyWith("not-permitted");
    }
    try {
      Report r = found.get();
      Report changed =
          switch (conversation.step()) {
            case "ask" -> desk.ask(context.actor(), r, text.strip());
            case "dismiss" -> desk.dismiss(context.actor(), r, text.strip());
            default ->
                desk.resolve(
                    context.actor(),
                    r,
                    Outcome.valueOf(conversation.data().get("outcome")),
                    text.strip());
          };
      conversations.end(context.identity());
      return done(context, changed, "case.done." + conversation.step());
    } catch (CaseTransitionRefused refused) {
      if (refused.reason() != CaseTransitionRefused.Reason.NOTE_NEEDED) {
        conversations.end(context.identity());
      }
      return refusal(context, refused);
    }
  }

  private static List<Outgoing> done(ChatContext context, Report r, String key) {
    return context.replyWith(key, r.id());
  }

  static List<Outgoing> refusal(ChatContext context, CaseTransitionRefused refused) {
    return context.refusal("case.refused.", refused);
  }
}
