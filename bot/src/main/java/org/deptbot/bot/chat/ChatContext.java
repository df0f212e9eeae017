package org.deptbot.bot.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.TransitionRefused;
import org.deptbot.core.access.Actor;
import org.deptbot.core.staff.ChatIdentity;

/** One incoming update being handled: who sent it, as whom they act, and helpers to answer them. */
public record ChatContext(
    Incoming incoming, Actor actor, Messages messages, ButtonActions buttons) {

  public ChatIdentity identity() {
    return incoming.from().identity();
  }

  public boolean inPrivateChat() {
    return incoming.chat().privateChat();
  }

  public String text(String key, Object... args) {
    return messages.get(key, args);
  }

  /** A reply in the chat the update came from. */
  public List<Outgoing> reply(RichText text) {
    return List.of(new Outgoing.Send(incoming.chat(), text, List.of()));
  }

  public List<Outgoing> reply(RichText text, List<List<Button>> buttons) {
    return List.of(new Outgoing.Send(incoming.chat(), text, buttons));
  }

  /** A reply from the message bundle. */
  public List<Outgoing> replyWith(String key, Object... args) {
    return reply(messages.plain(key, args));
  }

  /**
   * A refused change, worded from the bundle as {@code prefix + reason}; enum arguments (a status)
   * read in lower case.
   */
  public List<Outgoing> refusal(String prefix, TransitionRefused refused) {
    Object[] arguments =
        Arrays.stream(refused.arguments())
            .map(
                a ->
                    a instanceof Enum<?> e
                        ? e.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        : a)
            .toArray();
    return replyWith(prefix + refused.reason().name(), arguments);
  }

  /** A button only this user can press, doing {@code action}. */
  public Button button(String labelKey, ButtonAction action) {
    return buttons.create(identity(), messages.get(labelKey), action);
  }
}
