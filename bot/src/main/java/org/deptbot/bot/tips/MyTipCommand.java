package org.deptbot.bot.tips;

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
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipTransitionRefused;

/**
 * {@code /mytip KEY}: a tipster's own tip and its status, found by the receipt key given at Send
 * (from any account) or by its number from the account it was sent from; then what they type is
 * added to it, and {@code /mytip KEY text} adds it at once. Nothing stored lists a person's tips.
 */
class MyTipCommand implements ChatCommand, ChatFlow {

  static final String NAME = "mytip"; // the command's flow shares its name

  private final TipDesk desk;
  private final TipCards cards;
  private final Conversations conversations;

  MyTipCommand(TipDesk desk, TipCards cards, Conversations conversations) {
    this.desk = desk;
    this.cards = cards;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("tip.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SEND_TIP);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 2);
    if (parts[0].isEmpty()) {
      return context.replyWith("mytip.none"); // nothing stored lists a person's tips
    }
    Optional<Tip> mine = desk.mine(context.identity(), parts[0]);
    if (mine.isEmpty()) {
      return context.replyWith("mytip.unknown", parts[0]);
    }
    if (parts.length > 1) {
      return add(context, mine.get(), parts[1]);
    }
    Tip t = mine.get();
    if (t.status().open()) {
      conversations.begin(context.identity(), NAME, "add", Map.of("tip", t.id()));
    }
    return context.reply(
        RichText.builder()
            .plain(context.text("mytip.line", t.id(), cards.status(t), cards.age(t)))
            .newline()
            .plain(context.text(t.status().open() ? "mytip.ask-add" : "mytip.closed", t.id()))
            .build(),
        List.of());
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    // the conversation is sealed and was begun only once the tip was found to be theirs
    Optional<Tip> mine = desk.byId(conversation.data().get("tip"));
    conversations.end(context.identity());
    return mine.map(t -> add(context, t, text)).orElseGet(() -> context.replyWith("mytip.none"));
  }

  /** What the tipster added answers the question: their chat waits for no answer any more. */
  private void noLongerAwaited(Tip t) {
    try {
      conversations.answered(desk.tipster(t).identity(), t.id());
    } catch (ReporterSeal.SealUnreadable unreadable) {
      // no chat to clear: the question could never have been noted there under this key
    }
  }

  private List<Outgoing> add(ChatContext context, Tip t, String text) {
    List<Outgoing> out = new ArrayList<>();
    out.addAll(DangerPrompt.first(context, text)); // on its own, before anything else
    try {
      desk.tipsterAdds(t, text.strip());
      noLongerAwaited(t);
      out.addAll(context.replyWith("mytip.added", t.id()));
    } catch (TipTransitionRefused refused) {
      out.addAll(TipActionCommand.refusal(context, refused));
    }
    return out;
  }
}
