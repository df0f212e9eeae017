package org.deptbot.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;

/**
 * The engine's messages as Discord message data: text longer than 2000 characters is split at line
 * breaks, the picture goes with the first part and the buttons with the last. Mentions never ping.
 */
final class DiscordMessageData {

  private DiscordMessageData() {}

  /** One message of a reply. */
  record Part(MessageCreateData data) {}

  static List<Part> parts(Outgoing.Send send) {
    List<String> texts = DiscordMarkdown.split(send.text(), DiscordMarkdown.MAX_CONTENT);
    List<ActionRow> rows = DiscordComponents.rows(send.buttons());
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      var message =
          new MessageCreateBuilder().setContent(texts.get(i)).setAllowedMentions(List.of());
      if (i == 0 && send.image() != null) {
        message.setFiles(file(send.image()));
      }
      if (i == texts.size() - 1) {
        message.setComponents(rows);
      }
      parts.add(new Part(message.build()));
    }
    return parts;
  }

  /** An edit replaces text and buttons; a text too long for one message keeps its first part. */
  static MessageEditData edit(Outgoing.Edit edit) {
    String text = DiscordMarkdown.split(edit.text(), DiscordMarkdown.MAX_CONTENT).get(0);
    return new MessageEditBuilder()
        .setContent(text)
        .setComponents(DiscordComponents.rows(edit.buttons()))
        .setAllowedMentions(List.of())
        .build();
  }

  static MessageCreateData plain(String text) {
    return new MessageCreateBuilder()
        .setContent(DiscordMarkdown.escape(text))
        .setAllowedMentions(List.of())
        .build();
  }

  /** The photo, uploaded under {@link #uploadName}: the name people gave it may not be valid. */
  static FileUpload file(Image image) {
    return FileUpload.fromData(image.bytes(), uploadName(image));
  }

  /**
   * The name a photo is uploaded under and an embed refers to it by ({@code attachment://}), which
   * Discord accepts in ASCII letters, digits, {@code _ - .} only, whatever the name people gave it:
   * {@code photo-1} with the extension of its type (jpg, png or webp).
   */
  static String uploadName(Image image) {
    String subtype = image.mediaType().substring(image.mediaType().indexOf('/') + 1);
    return "photo-1." + (subtype.equals("jpeg") ? "jpg" : subtype);
  }
}
