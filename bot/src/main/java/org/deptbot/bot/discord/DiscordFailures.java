package org.deptbot.bot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.MissingAccessException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.PostOutcome;

/**
 * What went wrong with one post, in the delivery engine's terms: a rate limit says how long to
 * wait, Discord's "this cannot work" codes become a permanent failure worded for the issuer, and
 * anything else (5xx, network) may pass.
 */
final class DiscordFailures {

  private final Messages messages;

  DiscordFailures(Messages messages) {
    this.messages = messages;
  }

  /**
   * A department channel the bot does not see; {@code serverUnavailable} when one of its servers is
   * out (GUILD_DELETE with {@code unavailable}), so the channel may well come back.
   */
  static final class ChannelNotSeen extends RuntimeException {
    private final boolean serverUnavailable;

    ChannelNotSeen(String channelId, boolean serverUnavailable) {
      super("channel " + channelId + " is not one the bot sees");
      this.serverUnavailable = serverUnavailable;
    }
  }

  /** {@code editing}: a missing or foreign message means the engine should post anew. */
  PostOutcome outcome(Throwable failure, boolean editing) {
    if (failure instanceof ChannelNotSeen unseen) {
      return unseen.serverUnavailable
          ? new PostOutcome.Transient(messages.get("discord.post.server-unavailable"))
          : permanent("missing-access", true);
    }
    if (failure instanceof RateLimitedException limited) {
      return new PostOutcome.RetryAfter(Duration.ofMillis(Math.max(0, limited.getRetryAfter())));
    }
    if (failure instanceof MissingAccessException) {
      return permanent("missing-access", true);
    }
    if (failure instanceof InsufficientPermissionException missing) {
      return new PostOutcome.Permanent(
          messages.get("discord.post.missing-permission", missing.getPermission().getName()),
          false);
    }
    if (failure instanceof ErrorResponseException refused && !refused.isServerError()) {
      PostOutcome outcome = refusal(refused.getErrorCode(), editing);
      if (outcome != null) {
        return outcome;
      }
    }
    if (failure instanceof IllegalArgumentException) {
      return permanent("not-an-id", false); // a chat id that is no Discord id at all
    }
    return new PostOutcome.Transient(messages.get("discord.post.transient", failure.getMessage()));
  }

  private PostOutcome refusal(int code, boolean editing) {
    return switch (code) {
      case 10008, 50005, 50021 ->
          editing
              ? new PostOutcome.NotEditable(messages.get("discord.post.not-editable"))
              : permanent("unknown-message", false);
      case 50007 -> permanent("dm-closed", true);
      case 10003 -> permanent("unknown-channel", true);
      case 50001 -> permanent("missing-access", true);
      case 10013, 50033 -> permanent("unknown-user", true); // 50033: no DM can be opened
      case 10004 -> permanent("unknown-server", true);
      case 50013 -> permanent("missing-permissions", false);
      case 50035, 40005, 50006 -> permanent("content-refused", false);
      case 50024 -> permanent("not-announcements", false);
      default -> null;
    };
  }

  private PostOutcome permanent(String key, boolean recipientGone) {
    return new PostOutcome.Permanent(messages.get("discord.post." + key), recipientGone);
  }
}
