package org.deptbot.bot.training;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.core.staff.ChatPlatform;

/**
 * The local training chat as a platform: the page's messages and presses become the same {@link
 * Incoming} records Telegram's do, and the engine's replies land in per-persona transcripts the
 * page polls. Transcripts live in memory: this is a practice room, not a record.
 */
class TrainingChat implements ChatAdapter {

  private final ChatIngress ingress;
  private final Map<String, Transcript> transcripts = new ConcurrentHashMap<>();

  /** Photos sent from the page, held by handle until the engine fetches them (as Telegram's). */
  private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();

  TrainingChat(ChatIngress ingress) {
    this.ingress = ingress;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.TRAINING;
  }

  void say(Persona persona, String text) {
    transcript(persona.id())
        .add("user", RichText.escapeHtml(text).replace("\n", "<br>"), List.of());
    ingress.receiveAndProcess(
        new Incoming.TextMessage(newKey(), user(persona), target(persona), text), this);
  }

  /**
   * A photo sent from the page. Like a Telegram photo, the stored update only refers to it by a
   * handle, and {@link #fetch} hands the bytes over when the update is handled; they are dropped
   * once it has been.
   */
  void send(Persona persona, Image photo) {
    String handle = "training-photo:" + UUID.randomUUID();
    uploads.put(handle, photo.bytes());
    transcript(persona.id()).add("user", picture(photo), List.of());
    try {
      ingress.receiveAndProcess(
          new Incoming.AttachmentMessage(
              newKey(),
              user(persona),
              target(persona),
              Incoming.Attachment.referred(
                  photo.fileName(), photo.mediaType(), photo.bytes().length, handle),
              null),
          this);
    } finally {
      uploads.remove(handle);
    }
  }

  @Override
  public Incoming.Attachment fetch(Incoming.Attachment attachment) {
    byte[] bytes = attachment.fileId() == null ? null : uploads.get(attachment.fileId());
    return bytes == null ? attachment.unavailable(attachment.size()) : attachment.withBytes(bytes);
  }

  /** False when the page names a message this persona never got. */
  boolean press(Persona persona, String messageId, String buttonId) {
    if (!transcript(persona.id()).hasBotMessage(messageId)) {
      return false;
    }
    ingress.receiveAndProcess(
        new Incoming.ButtonPress(
            newKey(), user(persona), target(persona), buttonId, messageId, newKey()),
        this);
    return true;
  }

  Transcript transcript(String personaId) {
    return transcripts.computeIfAbsent(personaId, id -> new Transcript());
  }

  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    for (Outgoing reply : replies) {
      Transcript transcript = transcript(reply.to().chatId());
      if (reply instanceof Outgoing.Send send) {
        transcript.add("bot", picture(send.image()) + html(send.text()), buttons(send.buttons()));
      } else if (reply instanceof Outgoing.Edit edit) {
        transcript.replace(edit.messageId(), html(edit.text()), buttons(edit.buttons()));
      }
      // a press needs no answer here: the page re-enables its buttons on the next update
    }
  }

  @Override
  public SendOutcome sendUnprompted(Outgoing.Send send) {
    return new SendOutcome.Delivered(
        transcript(send.to().chatId())
            .add("bot", picture(send.image()) + html(send.text()), buttons(send.buttons())));
  }

  /** The picture inline; {@link Image} only admits photo types, so the data URL is an image. */
  static String picture(Image image) {
    if (image == null) {
      return "";
    }
    return "<img alt=\"\" src=\"data:"
        + image.mediaType()
        + ";base64,"
        + Base64.getEncoder().encodeToString(image.bytes())
        + "\"><br>";
  }

  private static String html(RichText text) {
    return text.toHtml("<br>");
  }

  /** The buttons as the page shows them; it shows no forms, so form buttons are left out. */
  static List<List<Transcript.PageButton>> buttons(List<List<Button>> rows) {
    return Button.withoutForms(rows).stream()
        .map(row -> row.stream().map(b -> new Transcript.PageButton(b.id(), b.label())).toList())
        .toList();
  }

  private static ChatUser user(Persona persona) {
    String firstName = persona.id().equals(TrainingPersonas.PUBLIC) ? null : persona.label();
    return new ChatUser(TrainingPersonas.identityOf(persona.id()), firstName);
  }

  private static ChatTarget target(Persona persona) {
    return new ChatTarget(ChatPlatform.TRAINING, persona.id(), true);
  }

  private static String newKey() {
    return "training:" + UUID.randomUUID();
  }
}
