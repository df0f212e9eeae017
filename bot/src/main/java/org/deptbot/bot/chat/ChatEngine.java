package org.deptbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The platform-neutral conversation engine: one update in, the replies out. It routes commands,
 * guided flows and button presses, checks permissions through {@link Authorization}, and is the one
 * place that catches what went wrong, logs it with the correlation id and tells the user.
 */
public class ChatEngine {

  private static final Logger log = LoggerFactory.getLogger(ChatEngine.class);

  private final List<ChatCommand> ordered;
  private final Map<String, ChatCommand> commands;
  private final Map<String, ChatFlow> flows;
  private final Authorization authorization;
  private final ChatLinks links;
  private final StaffMembers staff;
  private final Conversations conversations;
  private final ButtonActions buttons;
  private final FloodGuard floodGuard;
  private final Messages messages;

  public ChatEngine(
      List<ChatCommand> commands,
      List<ChatFlow> flows,
      Authorization authorization,
      ChatLinks links,
      StaffMembers staff,
      Conversations conversations,
      ButtonActions buttons,
      FloodGuard floodGuard,
      Messages messages) {
    this.ordered = List.copyOf(commands);
    this.commands =
        commands.stream().collect(Collectors.toMap(ChatCommand::name, Function.identity()));
    this.flows = flows.stream().collect(Collectors.toMap(ChatFlow::name, Function.identity()));
    this.authorization = authorization;
    this.links = links;
    this.staff = staff;
    this.conversations = conversations;
    this.buttons = buttons;
    this.floodGuard = floodGuard;
    this.messages = messages;
  }

  /** Every command, in the order {@code /help} lists them. */
  public List<ChatCommand> commands() {
    return ordered;
  }

  public List<Outgoing> handle(Incoming incoming) {
    List<Outgoing> out = new ArrayList<>();
    try {
      var context = new ChatContext(incoming, actorOf(incoming), messages, buttons);
      out.addAll(buttons.storedTogether(() -> route(context)));
    } catch (RuntimeException e) {
      String reference = Optional.ofNullable(MDC.get("correlationId")).orElse("-");
      log.error("Failed to handle {} ({})", incoming.updateKey(), reference, e);
      out.add(new Outgoing.Send(incoming.chat(), messages.plain("error", reference), List.of()));
    }
    if (incoming instanceof Incoming.ButtonPress press
        && out.stream().noneMatch(Outgoing.AnswerPress.class::isInstance)) {
      out.add(
          new Outgoing.AnswerPress(press.chat(), press.pressId(), null)); // every press answered
    }
    return out;
  }

  /**
   * Whether handling this attachment would read the file: only a conversation in a private chat
   * takes files, so a file sent anywhere else need not be fetched from the platform.
   */
  public boolean usesAttachment(Incoming.AttachmentMessage message) {
    return message.chat().privateChat()
        && conversations
            .current(message.from().identity())
            .filter(c -> flows.containsKey(c.flow()))
            .isPresent();
  }

  private List<Outgoing> route(ChatContext context) {
    FloodGuard.Verdict verdict = floodGuard.check(context.identity().key());
    if (verdict != FloodGuard.Verdict.ALLOW) {
      return verdict == FloodGuard.Verdict.WARN ? context.replyWith("flood") : List.of();
    }
    Incoming incoming = context.incoming();
    if (incoming instanceof Incoming.TextMessage message) {
      return onText(context, message.text().strip());
    }
    if (incoming instanceof Incoming.ButtonPress press) {
      return onPress(context, press);
    }
    if (incoming instanceof Incoming.AttachmentMessage attachment && context.inPrivateChat()) {
      Optional<Conversation> conversation = conversations.current(context.identity());
      if (conversation.isPresent() && flows.containsKey(conversation.get().flow())) {
        return flows
            .get(conversation.get().flow())
            .onAttachment(context, conversation.get(), attachment.attachment());
      }
      return context.replyWith("attachment.unused");
    }
    return List.of();
  }

  private List<Outgoing> onText(ChatContext context, String text) {
    if (text.startsWith("/")) {
      return runCommand(context, text);
    }
    if (!context.inPrivateChat()) {
      return List.of(); // people talk among themselves in groups; answer only commands there
    }
    Optional<Conversation> conversation = conversations.current(context.identity());
    if (conversation.isPresent() && flows.containsKey(conversation.get().flow())) {
      return flows.get(conversation.get().flow()).onText(context, conversation.get(), text);
    }
    String replyTo =
        context.incoming() instanceof Incoming.TextMessage message ? message.replyTo() : null;
    return answerOrNot(context, text, replyTo);
  }

  /**
   * A plain message outside any flow is the answer to the question the bot relayed to this person,
   * if one waits for it. A reply to the message that asked a question answers that one; otherwise,
   * with several waiting, they pick which (the message rides in the sealed button, so nothing has
   * to be typed again).
   */
  private List<Outgoing> answerOrNot(ChatContext context, String text, String replyTo) {
    List<Conversations.Awaited> awaited = conversations.awaitedAnswers(context.identity());
    if (awaited.isEmpty() || text.isEmpty()) {
      return context.replyWith("unknown.text");
    }
    Optional<Conversations.Awaited> repliedTo =
        replyTo == null
            ? Optional.empty()
            : awaited.stream().filter(a -> replyTo.equals(a.questionId())).findFirst();
    if (repliedTo.isPresent()) {
      return runCommand(context, repliedTo.get().command() + " " + text);
    }
    if (awaited.size() == 1) {
      return runCommand(context, awaited.get(0).command() + " " + text);
    }
    List<List<Button>> rows =
        awaited.stream()
            .map(
                a ->
                    List.of(
                        context
                            .buttons()
                            .create(
                                context.identity(),
                                a.ref(),
                                ButtonAction.typed(a.command()).with(text))))
            .toList();
    return context.reply(messages.plain("answer.which"), rows);
  }

  private List<Outgoing> runCommand(ChatContext context, String line) {
    String[] parts = line.substring(1).split("\\s+", 2);
    String[] nameAndBot = parts[0].split("@", 2);
    String name = nameAndBot[0].toLowerCase(Locale.ROOT);
    String arguments = parts.length > 1 ? parts[1].strip() : "";
    ChatCommand command = commands.get(name);
    if (command == null) {
      // in a group, only answer unknown commands addressed to the bot
      return context.inPrivateChat() || nameAndBot.length > 1
          ? context.replyWith("unknown.command", "/" + name)
          : List.of();
    }
    return refused(context, command, arguments).orElseGet(() -> command.handle(context, arguments));
  }

  /**
   * A press on a command's button goes to the command's own {@link ChatCommand#onPress}, with the
   * same checks as the command typed.
   */
  private List<Outgoing> runPress(ChatContext context, ButtonAction.Command pressed) {
    ChatCommand command = commands.get(pressed.name());
    if (command == null) {
      log.warn("A button names no command the bot has ({})", pressed.name());
      return context.replyWith("button.unreadable");
    }
    return refused(context, command, pressed.line())
        .orElseGet(() -> command.onPress(context, pressed));
  }

  /** The answer when the command may not run here or for this actor; empty when it may. */
  private Optional<List<Outgoing>> refused(
      ChatContext context, ChatCommand command, String arguments) {
    if (command
        .requires(arguments)
        .filter(p -> !authorization.permits(context.actor(), p))
        .isPresent()) {
      return Optional.of(context.replyWith("not-permitted"));
    }
    Optional<String> privateOnly = command.privateOnly();
    if (privateOnly.isPresent() && !context.inPrivateChat()) {
      return Optional.of(context.replyWith(privateOnly.get()));
    }
    return Optional.empty();
  }

  /**
   * The answer to a button press that can be given as soon as it arrives, before it is handled (a
   * platform shows a spinner until then): with the notice that the button no longer applies, or
   * opens a form that cannot be shown here, else with none. Handling the press later gives the same
   * answer, which the adapter then leaves out.
   */
  public Outgoing.AnswerPress answerAtOnce(Incoming.ButtonPress press) {
    return new Outgoing.AnswerPress(
        press.chat(),
        press.pressId(),
        pressNotice(buttons.actionFor(press.buttonId(), press.from().identity())));
  }

  /** The notice a press on a button with this action gets, or null for none. */
  private String pressNotice(Optional<ButtonAction> action) {
    if (action.isEmpty()) {
      return messages.get("button.expired");
    }
    if (action.get() instanceof ButtonAction.OpenForm) {
      // a form button where no form could be shown: the answer is typed instead
      return messages.get("button.type-it");
    }
    if (action.get() instanceof ButtonAction.Unreadable) {
      return messages.get("button.unreadable");
    }
    return null;
  }

  private List<Outgoing> onPress(ChatContext context, Incoming.ButtonPress press) {
    Optional<ButtonAction> action = buttons.actionFor(press.buttonId(), context.identity());
    if (action.orElse(null) instanceof ButtonAction.Unreadable unreadable) {
      log.warn("A button's stored action cannot be read: {}", unreadable.why());
    }
    String notice = pressNotice(action);
    if (notice != null) {
      return List.of(new Outgoing.AnswerPress(press.chat(), press.pressId(), notice));
    }
    List<Outgoing> out = new ArrayList<>();
    out.add(new Outgoing.AnswerPress(press.chat(), press.pressId(), null));
    if (action.get() instanceof ButtonAction.Answer answer) {
      Optional<Conversation> conversation =
          conversations.current(context.identity()).filter(c -> c.flow().equals(answer.flow()));
      out.addAll(
          conversation.isPresent() && flows.containsKey(answer.flow())
              ? flows.get(answer.flow()).onAnswer(context, conversation.get(), answer)
              : context.replyWith("button.expired"));
    } else if (action.get() instanceof ButtonAction.Command command) {
      out.addAll(runPress(context, command));
    }
    return out;
  }

  private Actor actorOf(Incoming incoming) {
    var identity = incoming.from().identity();
    return links
        .of(identity)
        .flatMap(link -> staff.byId(link.staffId()))
        .map(member -> Actor.staff(member, identity))
        .orElseGet(() -> Actor.publicUser(identity));
  }
}
