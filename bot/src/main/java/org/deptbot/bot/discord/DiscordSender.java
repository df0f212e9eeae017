package org.deptbot.bot.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the engine's replies on Discord. Replies to an interaction go through its hook (the
 * deferred "thinking" message becomes the first reply; later ones are follow-ups, private in server
 * channels); anything else is sent to the channel, or to the user's DM channel for a private chat.
 * JDA waits out 429 answers itself and sends again, so a rate limit delays a reply but never loses
 * it.
 */
class DiscordSender implements ChatAdapter {

  private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);

  private final DiscordClient client;
  private final PendingInteractions pending;
  private final Messages messages;

  DiscordSender(DiscordClient client, PendingInteractions pending, Messages messages) {
    this.client = client;
    this.pending = pending;
    this.messages = messages;
  }

  /** The interactions waiting for their replies; the event listener adds to them. */
  PendingInteractions pending() {
    return pending;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.DISCORD;
  }

  /** {@code cause} is null for a message the bot sends unprompted, such as a receipt. */
  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    String about = cause == null ? "an unprompted message" : cause.updateKey();
    var answer =
        new InteractionAnswer(cause == null ? null : pending.take(cause.updateKey()).orElse(null));
    for (Outgoing reply : replies) {
      try {
        send(reply, answer);
      } catch (ErrorResponseException refused) {
        if (refused.isServerError() || refused.getErrorCode() <= 0) {
          throw new IllegalStateException("Discord could not be reached", refused);
        }
        if (refused.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
          answer.directMessagesClosed();
        }
        // Discord refused this one (DMs closed, message gone): retrying cannot help.
        log.warn("Discord refused a reply to {}: {}", about, refused.getMessage());
      } catch (InsufficientPermissionException missing) {
        log.warn("Discord: no permission for a reply to {}: {}", about, missing);
      }
    }
    answer.finish(messages);
  }

  @Override
  public Optional<String> sendKeepingId(Outgoing.Send message) {
    try {
      String id = null;
      for (DiscordReplies.Part part : DiscordReplies.parts(message)) {
        id =
            channel(message.to())
                .map(c -> c.sendMessage(part.data()).complete().getId())
                .orElse(null);
      }
      return Optional.ofNullable(id);
    } catch (ErrorResponseException refused) {
      if (refused.isServerError() || refused.getErrorCode() <= 0) {
        throw new IllegalStateException("Discord could not be reached", refused);
      }
      log.warn("Discord refused an unprompted message: {}", refused.getMessage());
      return Optional.empty();
    } catch (InsufficientPermissionException missing) {
      log.warn("Discord: no permission for an unprompted message: {}", missing);
      return Optional.empty();
    }
  }

  private void send(Outgoing reply, InteractionAnswer answer) {
    if (reply instanceof Outgoing.Send message) {
      List<DiscordReplies.Part> parts = DiscordReplies.parts(message);
      for (DiscordReplies.Part part : parts) {
        if (answer.answers(message.to())) {
          answer.reply(part.data());
        } else {
          channel(message.to()).ifPresent(c -> c.sendMessage(part.data()).complete());
        }
      }
    } else if (reply instanceof Outgoing.Edit edit) {
      MessageEditData data = DiscordReplies.edit(edit);
      if (answer.edits(edit.to(), edit.messageId())) {
        answer.editPressed(data);
      } else {
        channel(edit.to()).ifPresent(c -> c.editMessageById(edit.messageId(), data).complete());
      }
    } else if (reply instanceof Outgoing.AnswerPress press && press.notice() != null) {
      answer.notice(press.notice());
    }
  }

  /** The channel of {@code target}: the user's DM channel for a private chat. */
  private Optional<MessageChannel> channel(ChatTarget target) {
    if (target.privateChat()) {
      return Optional.of(client.jda().openPrivateChannelById(target.chatId()).complete());
    }
    MessageChannel channel = client.jda().getChannelById(MessageChannel.class, target.chatId());
    if (channel == null) {
      // not a channel the bot can see (any more): like a refusal, retrying cannot help
      log.warn("Discord: channel {} is not one the bot can see; reply dropped", target.chatId());
    }
    return Optional.ofNullable(channel);
  }
}
