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
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.access.Permission;
import org.deptbot.core.reports.Allegation;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseNote;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;

/**
 * {@code /case_act ID
 * ack|ask|escalate|assign|finding|allegation|note|notes|resolve|dismiss|reopen}, behind the case
 * card's buttons. A finding is picked per allegation, with the action taken typed; notes are for
 * the case's handlers and internal affairs only, and listed in a private chat only; re-opening a
 * closed case takes {@code REOPEN_CASE} and a reason. Asking takes the question in a short
 * follow-up. Escalating, assigning, resolving and dismissing take a reason (and resolving an
 * outcome), then show what will happen (to whom the case goes, or that it closes for good) and wait
 * for Yes: a handler on a phone sees it before it is done.
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
      switch (action) {
        case "note", "notes" -> {
          // the case's handlers, present and past, and internal affairs; open or closed
          if (!triage.maySeeNotes(context.actor(), r)) {
            return context.replyWith("not-permitted");
          }
          return action.equals("note") ? askNote(context, r, "note", Map.of()) : notes(context, r);
        }
        case "reopen" -> {
          if (!triage.mayReopen(context.actor(), r)) {
            return context.replyWith("not-permitted");
          }
          if (r.status().open()) {
            throw new CaseTransitionRefused(
                CaseTransitionRefused.Reason.WRONG_STATE, r.id() + " is open", r.id(), r.status());
          }
          return askNote(context, r, "reopen", Map.of());
        }
        case "files" -> {}
        default -> {
          // a button from an older card: say why it no longer applies before asking anything
          if (!me.equals(r.handlerId())) {
            return context.replyWith("case.not-yours", r.id(), cards.name(r.handlerId()));
          }
          if (!r.status().open()) {
            throw new CaseTransitionRefused(
                CaseTransitionRefused.Reason.WRONG_STATE,
                r.id() + " is closed",
                r.id(),
                r.status());
          }
        }
      }
      return switch (action) {
        case "ack" -> done(context, triage.acknowledge(context.actor(), r), "case.done.ack");
        case "ask", "dismiss", "escalate" -> askNote(context, r, action, Map.of());
        case "files" -> files(context, r);
        case "assign" -> assign(context, r, choice);
        case "finding" -> finding(context, r, choice, pressed.argument(3));
        case "allegation" -> allegation(context, r, choice);
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

  /**
   * "Record a finding": which allegation (when more than one waits), then which finding, then the
   * action taken is typed, then Yes.
   */
  private List<Outgoing> finding(ChatContext context, Report r, String allegationId, String code) {
    List<Allegation> open = r.undecided();
    if (open.isEmpty()) {
      return context.replyWith("case.finding.none-open", r.id());
    }
    if (allegationId == null && open.size() == 1) {
      allegationId = open.get(0).id();
    }
    if (allegationId == null) {
      return context.reply(
          context.messages().plain("case.finding.ask-allegation", r.id()),
          open.stream()
              .map(
                  a ->
                      List.of(
                          context
                              .buttons()
                              .create(
                                  context.identity(),
                                  shortLine(a),
                                  press(r.id(), "finding", a.id()))))
              .toList());
    }
    String chosen = allegationId;
    Allegation a =
        r.allegation(chosen)
            .filter(Allegation::undecided)
            .orElseThrow(
                () ->
                    new CaseTransitionRefused(
                        CaseTransitionRefused.Reason.ALLEGATION_DECIDED,
                        "decided",
                        r.id(),
                        chosen));
    String language = context.messages().locale().getLanguage();
    if (code == null) {
      return context.reply(
          context.messages().plain("case.finding.ask-finding", a.id(), shortLine(a)),
          cards.findings().stream()
              .map(
                  f ->
                      List.of(
                          context
                              .buttons()
                              .create(
                                  context.identity(),
                                  f.label(language),
                                  press(r.id(), "finding", a.id(), f.code()))))
              .toList());
    }
    return askNote(context, r, "finding", Map.of("allegation", a.id(), "finding", code));
  }

  /** "A1 V.A.4.a: Posted a photo…", short enough for a button. */
  private static String shortLine(Allegation a) {
    String line = a.id() + " " + a.clause().provision() + ": " + a.statement();
    return line.length() > 60 ? line.substring(0, 59) + "…" : line;
  }

  /** "Add an allegation": which provision, then the statement is typed. */
  private List<Outgoing> allegation(ChatContext context, Report r, String provision) {
    if (provision != null) {
      return askNote(
          context, r, "allegation", Map.of("provision", PolicyClause.valueOf(provision).name()));
    }
    return context.reply(
        context.messages().plain("case.allegation.ask-provision", r.id()),
        Arrays.stream(PolicyClause.values())
            .map(
                p ->
                    List.of(
                        context.button(
                            "report.clause." + p, press(r.id(), "allegation", p.name()))))
            .toList());
  }

  /** The case's notes, in a private chat only: in a group everyone there would read them. */
  private List<Outgoing> notes(ChatContext context, Report r) {
    if (!context.inPrivateChat()) {
      return context.replyWith("case.notes.private-only");
    }
    if (r.notes().isEmpty()) {
      return context.replyWith("case.notes.none", r.id());
    }
    RichText.Builder text = RichText.builder().bold(context.text("case.notes.heading", r.id()));
    for (CaseNote n : r.notes()) {
      text.newline()
          .plain(
              context.text("case.notes.line", cards.stamp(n.at()), cards.name(n.by()), n.text()));
    }
    return context.reply(text.build());
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
    String argument =
        more.containsKey("to")
            ? cards.name(more.get("to"))
            : more.containsKey("allegation")
                ? more.get("allegation")
                : more.containsKey("provision")
                    ? context.text("report.clause." + more.get("provision"))
                    : "";
    return context.replyWith("case.ask-note." + action, r.id(), argument);
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
    Map<String, String> data = conversation.data();
    try {
      switch (step) {
        case "ask" -> {
          Report changed = triage.ask(context.actor(), r, note);
          conversations.end(context.identity());
          return done(context, changed, "case.done.ask");
        }
        case "note" -> {
          Report changed = triage.addNote(context.actor(), r, note);
          conversations.end(context.identity());
          return context.replyWith("case.done.note", changed.id());
        }
        case "allegation" -> {
          Report changed =
              triage.addAllegation(
                  context.actor(), r, PolicyClause.valueOf(data.get("provision")), note);
          conversations.end(context.identity());
          Allegation added = changed.allegations().get(changed.allegations().size() - 1);
          return context.replyWith("case.done.allegation", changed.id(), added.id());
        }
        default -> {}
      }
    } catch (CaseTransitionRefused refused) {
      return refused(context, refused);
    } catch (NotPermitted notPermitted) {
      conversations.end(context.identity());
      return context.replyWith("not-permitted");
    }
    return confirm(context, r, step, data, note);
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
          case "finding" ->
              context.text(
                  r.undecided().size() == 1
                      ? "case.confirm.finding-closes"
                      : "case.confirm.finding",
                  r.id(),
                  data.get("allegation"),
                  findingLabel(context, data.get("finding")),
                  note);
          case "reopen" -> context.text("case.confirm.reopen", r.id(), note);
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
      if (data.get("action").equals("reopen") && !triage.mayReopen(context.actor(), r)) {
        return context.replyWith("not-permitted");
      }
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
        case "finding" -> {
          Report changed =
              triage.recordFinding(
                  context.actor(), r, data.get("allegation"), data.get("finding"), note);
          yield changed.status().open()
              ? context.replyWith(
                  "case.done.finding",
                  changed.id(),
                  data.get("allegation"),
                  changed.undecided().size())
              : context.replyWith("case.done.closed", changed.id());
        }
        case "reopen" -> done(context, triage.reopen(context.actor(), r, note), "case.done.reopen");
        default -> done(context, triage.dismiss(context.actor(), r, note), "case.done.dismiss");
      };
    } catch (CaseTransitionRefused refused) {
      return refusal(context, refused);
    } catch (NotPermitted notPermitted) {
      return context.replyWith("not-permitted");
    }
  }

  private String findingLabel(ChatContext context, String code) {
    String language = context.messages().locale().getLanguage();
    return cards.findings().stream()
        .filter(f -> f.code().equals(code))
        .map(f -> f.label(language))
        .findFirst()
        .orElse(code);
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
