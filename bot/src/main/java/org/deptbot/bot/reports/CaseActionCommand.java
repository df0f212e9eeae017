package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;

/**
 * {@code /case_act ID ack|ask|escalate|assign|resolve|dismiss}, behind the case card's buttons.
 * Asking takes the question in a short follow-up. Escalating, assigning, resolving and dismissing
 * take a reason (and resolving an outcome), then show what will happen (to whom the case goes, or
 * that it closes for good) and wait for Yes: a handler on a phone sees it before it is done.
 */
class CaseActionCommand implements ButtonCommand, ChatFlow {

  static final String FLOW = "case_act"; // the command's flow shares its name
  private static final String CONFIRM = "confirm";

  private final Triage triage;
  private final CaseAccess access;
  private final Conversations conversations;
  private final CaseCards cards;
  private final EvidenceViewer evidence;

  CaseActionCommand(
      Triage triage,
      CaseAccess access,
      Conversations conversations,
      CaseCards cards,
      EvidenceViewer evidence) {
    this.evidence = evidence;
    this.cards = cards;
    this.triage = triage;
    this.access = access;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "case_act";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty(); // triage rights are checked below, with need-to-know on the case
  }

  /** A case card's button: {@code /case_act ID action [choice]}. */
  static ButtonAction.Command press(String caseId, String action, String... more) {
    List<String> arguments = new ArrayList<>(List.of(caseId, action));
    arguments.addAll(List.of(more));
    return new ButtonAction.Command(FLOW, arguments);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    return onPress(context, ButtonAction.typed(name(), arguments));
  }

  @Override
  public List<Outgoing> onPress(ChatContext context, ButtonAction.Command pressed) {
    String caseId = pressed.argument(0);
    String verb = pressed.argument(1);
    String choice = pressed.argument(2);
    if (!access.mayTriage(context.actor()) || verb == null) {
      return context.replyWith("not-permitted");
    }
    Optional<Report> found = triage.visible(context.actor(), caseId);
    if (found.isEmpty()) {
      return context.replyWith("case.unknown", caseId);
    }
    Report r = found.get();
    String action = verb.toLowerCase(Locale.ROOT);
    String me = context.actor().staffId();
    try {
      if (!action.equals("files")) {
        // a button from an older card: say why it no longer applies before asking anything
        if (!me.equals(r.handlerId())) {
          return context.replyWith("case.not-yours", r.id(), cards.name(r.handlerId()));
        }
        if (!r.status().open()) {
          throw new CaseTransitionRefused(
              CaseTransitionRefused.Reason.WRONG_STATE, r.id() + " is closed", r.id(), r.status());
        }
      }
      return switch (action) {
        case "ack" -> done(context, triage.acknowledge(context.actor(), r), "case.done.ack");
        case "ask", "dismiss", "escalate" -> askNote(context, r, action, Map.of());
        case "files" -> files(context, r);
        case "assign" -> assign(context, r, choice);
        case "resolve" ->
            choice != null
                ? askNote(context, r, action, Map.of("outcome", Outcome.valueOf(choice).name()))
                : context.reply(
                    context.messages().plain("case.ask-outcome", r.id()),
                    Arrays.stream(Outcome.values())
                        .map(
                            o ->
                                List.of(
                                    context.button(
                                        "case.outcome." + o, press(r.id(), "resolve", o.name()))))
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
    triage.filesViewed(context.actor(), r);
    return evidence.show(context, r);
  }

  private List<Outgoing> assign(ChatContext context, Report r, String to) {
    if (to != null) {
      if (triage.assignable(context.actor(), r).stream().noneMatch(m -> m.id().equals(to))) {
        return context.replyWith("case.cannot-take", cards.name(to), r.id());
      }
      return askNote(context, r, "assign", Map.of("to", to));
    }
    return context.reply(
        context.messages().plain("case.ask-assignee", r.id()),
        triage.assignable(context.actor(), r).stream()
            .map(
                m ->
                    List.of(
                        context
                            .buttons()
                            .create(context.identity(), m.name(), press(r.id(), "assign", m.id()))))
            .toList());
  }

  /** Asks for the question or reason; {@code more} holds what was chosen already. */
  private List<Outgoing> askNote(
      ChatContext context, Report r, String action, Map<String, String> more) {
    Map<String, String> data = new HashMap<>(more);
    data.put("case", r.id());
    conversations.begin(context.identity(), FLOW, action, data);
    return context.replyWith("case.ask-note." + action, r.id(), cards.name(more.get("to")));
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    Optional<Report> found = triage.visible(context.actor(), conversation.data().get("case"));
    if (found.isEmpty() || !access.mayTriage(context.actor())) {
      conversations.end(context.identity());
      return context.replyWith("not-permitted");
    }
    String step = conversation.step();
    if (step.equals(CONFIRM)) {
      return context.replyWith("case.confirm.use-buttons");
    }
    String note = text.strip();
    if (note.isEmpty()) {
      return context.replyWith("case.refused.NOTE_NEEDED");
    }
    Report r = found.get();
    if (step.equals("ask")) {
      try {
        Report changed = triage.ask(context.actor(), r, note);
        conversations.end(context.identity());
        return done(context, changed, "case.done.ask");
      } catch (CaseTransitionRefused refused) {
        return refused(context, refused);
      }
    }
    return confirm(context, r, step, conversation.data(), note);
  }

  /**
   * Shows what the action will do and waits for Yes. The case's version is kept with it: if the
   * case changes before Yes, nothing is done and the handler is told.
   */
  private List<Outgoing> confirm(
      ChatContext context, Report r, String action, Map<String, String> data, String note) {
    Map<String, String> next = new HashMap<>(data);
    next.put("action", action);
    next.put("note", note);
    next.put("version", String.valueOf(r.version()));
    String question =
        switch (action) {
          case "escalate" -> {
            try {
              String to = triage.escalationRoute(context.actor(), r).handlerId();
              next.put("to", to);
              yield context.text("case.confirm.escalate", r.id(), cards.name(to), note);
            } catch (RuntimeException noOneAbove) {
              conversations.end(context.identity());
              yield null;
            }
          }
          case "assign" ->
              context.text("case.confirm.assign", r.id(), cards.name(data.get("to")), note);
          case "resolve" ->
              context.text(
                  "case.confirm.resolve",
                  r.id(),
                  context.text("case.outcome." + data.get("outcome")),
                  note);
          default -> context.text("case.confirm.dismiss", r.id(), note);
        };
    if (question == null) {
      return context.replyWith("case.nobody-above", r.id());
    }
    conversations.begin(context.identity(), FLOW, CONFIRM, next);
    return context.reply(
        RichText.plain(question),
        List.of(
            List.of(
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("case.confirm.yes"),
                        ButtonAction.answer(FLOW, "yes")),
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("case.confirm.no"),
                        ButtonAction.answer(FLOW, "no")))));
  }

  @Override
  public List<Outgoing> onAnswer(
      ChatContext context, Conversation conversation, ButtonAction.Answer answer) {
    if (!conversation.step().equals(CONFIRM)) {
      return context.replyWith("button.expired");
    }
    Map<String, String> data = conversation.data();
    conversations.end(context.identity()); // one Yes does it once; a second finds nothing
    if (!answer.choice().equals("yes")) {
      return context.replyWith("case.confirm.cancelled", data.get("case"));
    }
    Optional<Report> found = triage.visible(context.actor(), data.get("case"));
    if (found.isEmpty() || !access.mayTriage(context.actor())) {
      return context.replyWith("not-permitted");
    }
    Report r = found.get();
    try {
      if (r.version() != Integer.parseInt(data.get("version"))) {
        throw new CaseTransitionRefused(
            CaseTransitionRefused.Reason.CHANGED_MEANWHILE, r.id() + " changed meanwhile", r.id());
      }
      String note = data.get("note");
      return switch (data.get("action")) {
        case "escalate" -> {
          Report changed = triage.escalate(context.actor(), r, note);
          yield context.replyWith("case.done.escalate", r.id(), cards.name(changed.handlerId()));
        }
        case "assign" -> {
          Report changed = triage.assign(context.actor(), r, data.get("to"), note);
          yield context.replyWith("case.done.assign", r.id(), cards.name(changed.handlerId()));
        }
        case "resolve" ->
            done(
                context,
                triage.resolve(context.actor(), r, Outcome.valueOf(data.get("outcome")), note),
                "case.done.resolve");
        default -> done(context, triage.dismiss(context.actor(), r, note), "case.done.dismiss");
      };
    } catch (CaseTransitionRefused refused) {
      return refusal(context, refused);
    }
  }

  /** A refused question: typing again fixes a missing note, anything else ends the follow-up. */
  private List<Outgoing> refused(ChatContext context, CaseTransitionRefused refused) {
    if (refused.reason() != CaseTransitionRefused.Reason.NOTE_NEEDED) {
      conversations.end(context.identity());
    }
    return refusal(context, refused);
  }

  private static List<Outgoing> done(ChatContext context, Report r, String key) {
    return context.replyWith(key, r.id());
  }

  static List<Outgoing> refusal(ChatContext context, CaseTransitionRefused refused) {
    return context.refusal("case.refused.", refused);
  }
}
