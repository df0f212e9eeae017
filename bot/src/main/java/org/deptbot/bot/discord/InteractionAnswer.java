package org.deptbot.bot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Messages;

/**
 * The replies to one update, as far as its interaction is concerned: which go through the hook, and
 * what the hook says at the end. A slash command's "thinking" message must not be left behind: it
 * becomes the first reply, says where the conversation went, or is deleted.
 */
final class InteractionAnswer {

  private final PendingInteraction interaction;
  private boolean originalUsed;
  private boolean directMessagesClosed;

  /** How long to wait for Discord's answer to the acknowledgement before replying. */
  private static final Duration ACKNOWLEDGEMENT_WAIT = Duration.ofSeconds(15);

  /**
   * {@code interaction} is null when the update has none (a DM, or one handled after a restart).
   * One Discord did not acknowledge in time counts as none: its hook would carry nothing, so the
   * replies go the way they would without it (see {@link DiscordSender}).
   */
  InteractionAnswer(PendingInteraction interaction) {
    this.interaction =
        interaction != null && interaction.acknowledgedInTime(ACKNOWLEDGEMENT_WAIT)
            ? interaction
            : null;
  }

  boolean answers(ChatTarget target) {
    return interaction != null && interaction.answers(target);
  }

  boolean edits(ChatTarget target, String messageId) {
    return interaction != null && interaction.edits(target, messageId);
  }

  void reply(MessageCreateData data) {
    if (interaction.deferredReply() && !originalUsed) {
      interaction.hook().editOriginal(MessageEditData.fromCreateData(data)).complete();
      originalUsed = true;
    } else {
      interaction.hook().sendMessage(data).setEphemeral(interaction.ephemeral()).complete();
    }
  }

  void editPressed(MessageEditData data) {
    interaction.hook().editOriginal(data).complete();
  }

  /** A short notice for a button press, to the presser alone. */
  void notice(String text) {
    if (interaction != null) {
      interaction.hook().sendMessage(DiscordMessageData.plain(text)).setEphemeral(true).complete();
    }
  }

  void directMessagesClosed() {
    directMessagesClosed = true;
  }

  /** Resolves the "thinking" message of a slash command that got no reply through the hook. */
  void finish(Messages messages) {
    if (interaction == null || !interaction.deferredReply() || originalUsed) {
      return;
    }
    if (interaction.redirected()) {
      String key = directMessagesClosed ? "discord.dm-closed" : "discord.sent-to-dm";
      interaction.hook().editOriginal(DiscordMarkdown.escape(messages.get(key))).queue();
    } else {
      interaction.hook().deleteOriginal().queue();
    }
  }
}
