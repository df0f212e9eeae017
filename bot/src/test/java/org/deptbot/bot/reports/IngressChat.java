package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A private chat driven through {@link ChatIngress} as a platform adapter would, whose delivery can
 * fail once, as a crash before sending would.
 */
final class IngressChat implements ChatAdapter {

  final ChatIdentity identity;
  final ChatUser user;
  final ChatTarget target;
  final List<Outgoing> delivered = new ArrayList<>();
  boolean failNextDelivery;
  Incoming.ButtonPress lastPress;

  private final ChatIngress ingress;
  private final Map<String, byte[]> files = new HashMap<>();

  IngressChat(ChatIngress ingress, String userId, String displayName) {
    this.ingress = ingress;
    identity = new ChatIdentity(ChatPlatform.TRAINING, userId);
    user = new ChatUser(identity, displayName);
    target = new ChatTarget(ChatPlatform.TRAINING, userId, true);
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.TRAINING;
  }

  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    if (failNextDelivery) {
      failNextDelivery = false;
      throw new IllegalStateException("the bot died before sending");
    }
    delivered.addAll(replies);
  }

  /** Sends a file the update only refers to, as Telegram does; {@link #fetch} hands it over. */
  void sendFile(String fileName, String mediaType, byte[] bytes) {
    String fileId = "file-" + UUID.randomUUID();
    files.put(fileId, bytes);
    send(
        new Incoming.AttachmentMessage(
            key(),
            user,
            target,
            Incoming.Attachment.referred(fileName, mediaType, bytes.length, fileId),
            null));
  }

  @Override
  public Incoming.Attachment fetch(Incoming.Attachment attachment) {
    return new Incoming.Attachment(
        attachment.fileName(), attachment.mediaType(), files.get(attachment.fileId()));
  }

  void say(String text) {
    send(new Incoming.TextMessage(key(), user, target, text));
  }

  /** Presses the last reply's button whose label starts so, or the button with that id. */
  String press(String labelOrId) {
    String id =
        delivered.stream()
            .filter(Outgoing.Send.class::isInstance)
            .flatMap(r -> ((Outgoing.Send) r).buttons().stream())
            .flatMap(List::stream)
            .filter(b -> b.label().startsWith(labelOrId))
            .map(Button::id)
            .reduce((a, b) -> b)
            .orElse(labelOrId);
    lastPress = new Incoming.ButtonPress(key(), user, target, id, "m-1", key());
    send(lastPress);
    return lastPress.updateKey();
  }

  void send(Incoming incoming) {
    delivered.clear();
    ingress.receiveAndProcess(incoming, this);
  }

  String text() {
    StringBuilder text = new StringBuilder();
    delivered.stream()
        .filter(Outgoing.Send.class::isInstance)
        .forEach(s -> text.append(((Outgoing.Send) s).text().plainText()).append('\n'));
    return text.toString();
  }

  private String key() {
    return "training:receipt-" + UUID.randomUUID();
  }
}
