package org.deptbot.bot.reports;

import java.util.List;
import java.util.UUID;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;

/**
 * One benchmark user's private chat with the bot: sends updates through {@link
 * ChatIngress#receiveAndProcess} (stored, handled, delivered, marked handled, as the adapters do)
 * and captures what the engine delivers, with the moment it was delivered. One instance per thread:
 * the ingress delivers on the calling thread.
 */
final class BenchChat implements ChatAdapter {

  private final ChatIngress ingress;
  private final ChatIdentity identity;
  private final ChatUser user;
  private final ChatTarget chat;
  private List<Outgoing> replies = List.of();
  private long deliveredAt;
  private long updates;

  BenchChat(ChatIngress ingress, String userId, String name) {
    this.ingress = ingress;
    this.identity = new ChatIdentity(ChatPlatform.TRAINING, userId);
    this.user = new ChatUser(identity, name);
    this.chat = new ChatTarget(ChatPlatform.TRAINING, userId, true);
  }

  ChatIdentity identity() {
    return identity;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.TRAINING;
  }

  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    this.deliveredAt = System.nanoTime();
    this.replies = List.copyOf(replies);
  }

  /** Sends a text and returns the nanoseconds until the replies were delivered. */
  long say(String text) {
    return send(new Incoming.TextMessage(key(), user, chat, text));
  }

  /**
   * Presses the button whose label starts with {@code labelStart} on the last reply and returns the
   * nanoseconds until the replies were delivered.
   */
  long press(String labelStart) {
    Button button = button(labelStart);
    return send(new Incoming.ButtonPress(key(), user, chat, button.id(), "m-" + updates, key()));
  }

  /** The text of the last reply's messages, one after another. */
  String lastText() {
    StringBuilder text = new StringBuilder();
    for (Outgoing reply : replies) {
      if (reply instanceof Outgoing.Send send) {
        text.append(send.text().plainText()).append('\n');
      }
    }
    return text.toString();
  }

  long updates() {
    return updates;
  }

  private Button button(String labelStart) {
    return replies.stream()
        .filter(Outgoing.Send.class::isInstance)
        .flatMap(r -> ((Outgoing.Send) r).buttons().stream())
        .flatMap(List::stream)
        .filter(b -> b.label().startsWith(labelStart))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no button " + labelStart + " in: " + lastText()));
  }

  private long send(Incoming incoming) {
    replies = List.of();
    long start = System.nanoTime();
    deliveredAt = start;
    ingress.receiveAndProcess(incoming, this);
    updates++;
    if (replies.isEmpty()) {
      throw new IllegalStateException("no reply to " + incoming);
    }
    return deliveredAt - start;
  }

  private static String key() {
    return "training:bench-" + UUID.randomUUID();
  }
}
