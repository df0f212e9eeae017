package org.deptbot.bot.discord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the engine's replies on Discord. Replies to an interaction go through its hook (the
 * deferred "thinking" message becomes the first reply; later ones are follow-ups, private in server
 * channels); anything else goes to the user's DM channel. Nothing is posted in the open in a server
 * channel: a reply meant for one whose interaction is gone (expired, or a restart) goes by DM. JDA
 * waits out 429 answers itself and sends again, so a rate limit delays a reply but never loses it.
 */
class DiscordSender implements ChatAdapter {

  private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);

  private final DiscordClient client;
  private final PendingInteractions pending;
  private final Messages messages;
  private final DiscordFiles files;
  private final Function<Incoming, Locale> localeOf;

  DiscordSender(
      DiscordClient client, PendingInteractions pending, Messages messages, DiscordFiles files) {
    this(client, pending, messages, files, incoming -> messages.locale());
  }

  /**
   * {@code localeOf} gives the language the user who sent an update is answered in (the staff's, or
   * a member of the public's own), for what this sender words itself: the pointer to a DM.
   */
  DiscordSender(
      DiscordClient client,
      PendingInteractions pending,
      Messages messages,
      DiscordFiles files,
      Function<Incoming, Locale> localeOf) {
    this.client = client;
    this.pending = pending;
    this.messages = messages;
    this.files = files;
    this.localeOf = localeOf;
  }

  /** The interactions waiting for their replies; the event listener adds to them. */
  PendingInteractions pending() {
    return pending;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.DISCORD;
  }

  /** Downloads a file sent in a DM through its CDN link; see {@link DiscordFiles}. */
  @Override
  public Incoming.Attachment fetch(Incoming.Attachment attachment) {
    return files.fetch(attachment);
  }

  /** {@code cause} is null for a message the bot sends unprompted, such as a receipt. */
  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    String about = cause == null ? "an unprompted message" : cause.updateKey();
    var answer =
        new InteractionAnswer(cause == null ? null : pending.take(cause.updateKey()).orElse(null));
    for (Outgoing reply : replies) {
      try {
        send(cause, reply, answer);
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
    answer.finish(cause == null ? messages : messages.in(localeOf.apply(cause)));
  }

  /**
   * A 4xx answer with a JSON code (50007: the user's DMs are closed; 10013 or 50033: no such user)
   * or a missing permission is a refusal for good; 5xx, or no answer at all, is Discord unreachable
   * for now. JDA itself waits out 429 answers and sends again.
   */
  @Override
  public SendOutcome sendUnprompted(Outgoing.Send message) {
    try {
      String id = null;
      for (DiscordMessageData.Part part : DiscordMessageData.parts(message)) {
        id =
            channel(null, message.to())
                .map(c -> c.sendMessage(part.data()).complete().getId())
                .orElse(null);
      }
      return new SendOutcome.Delivered(id);
    } catch (ErrorResponseException refused) {
      if (refused.isServerError() || refused.getErrorCode() <= 0) {
        log.warn("Discord failed an unprompted message; it is tried again later");
        return new SendOutcome.Unreachable("Discord failed (" + refused.getErrorCode() + ")");
      }
      log.warn("Discord refused an unprompted message: {}", refused.getMessage());
      return new SendOutcome.Refused(refused.getMessage());
    } catch (InsufficientPermissionException missing) {
      log.warn("Discord: no permission for an unprompted message: {}", missing.toString());
      return new SendOutcome.Refused("missing permission " + missing.getPermission().getName());
    }
  }

  private void send(Incoming cause, Outgoing reply, InteractionAnswer answer) {
    if (reply instanceof Outgoing.Send message) {
      List<DiscordMessageData.Part> parts = DiscordMessageData.parts(message);
      for (DiscordMessageData.Part part : parts) {
        if (answer.answers(message.to())) {
          answer.reply(part.data());
        } else {
          channel(cause, message.to()).ifPresent(c -> c.sendMessage(part.data()).complete());
        }
      }
    } else if (reply instanceof Outgoing.Edit edit) {
      MessageEditData data = DiscordMessageData.edit(edit);
      if (answer.edits(edit.to(), edit.messageId())) {
        answer.editPressed(data);
      } else if (edit.to().privateChat()) {
        channel(cause, edit.to())
            .ifPresent(c -> c.editMessageById(edit.messageId(), data).complete());
      } else {
        // the pressed message was private to the user (through the interaction, now gone):
        // its new state goes to their DM instead
        var instead = new Outgoing.Send(edit.to(), edit.text(), edit.buttons(), null);
        for (DiscordMessageData.Part part : DiscordMessageData.parts(instead)) {
          channel(cause, edit.to()).ifPresent(c -> c.sendMessage(part.data()).complete());
        }
      }
    } else if (reply instanceof Outgoing.AnswerPress press && press.notice() != null) {
      answer.notice(press.notice());
    }
  }

  /**
   * Where a message to {@code target} goes when no interaction carries it: the user's DM channel
   * for a private chat. A server channel is never written to in the open: the bot answers there
   * only privately, through the interaction, so without it (expired, or lost in a restart) the
   * reply goes to the DM of the person who asked, or nowhere.
   */
  private Optional<MessageChannel> channel(Incoming cause, ChatTarget target) {
    if (target.privateChat()) {
      return Optional.of(client.jda().openPrivateChannelById(target.chatId()).complete());
    }
    if (cause == null || !cause.from().identity().platform().equals(ChatPlatform.DISCORD)) {
      log.warn("Discord: a message for server channel {} with nobody to answer; dropped", target);
      return Optional.empty();
    }
    log.info(
        "Discord: the interaction of {} is gone; replying by direct message", cause.updateKey());
    String userId = cause.from().identity().userId();
    return Optional.of(client.jda().openPrivateChannelById(userId).complete());
  }
}
