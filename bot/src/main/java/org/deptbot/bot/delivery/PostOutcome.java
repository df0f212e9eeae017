package org.deptbot.bot.delivery;

import java.time.Duration;
import java.util.Objects;

/** What a platform said to one post or edit. */
public sealed interface PostOutcome {

  /**
   * Posted (or edited); {@code messageId} is what a later edit of this post needs. {@code
   * toPublish} says the post is in a channel others follow and is still to be shared with them, a
   * step of its own ({@link NoticePoster#publish}).
   */
  record Posted(String messageId, boolean toPublish) implements PostOutcome {
    public Posted {
      Objects.requireNonNull(messageId, "messageId");
    }

    /** Posted, with nothing more to do. */
    public Posted(String messageId) {
      this(messageId, false);
    }
  }

  /** The platform's rate limit: try again after {@code wait} (a 429's retry_after). */
  record RetryAfter(Duration delay) implements PostOutcome {}

  /** Something that may pass (network error, 5xx): retried with backoff. */
  record Transient(String reason) implements PostOutcome {}

  /**
   * Retrying cannot help (bot removed from the chat, chat not found, user blocked the bot, DMs
   * closed). {@code reason} is shown to the issuer as it is, so it is written for people; {@code
   * recipientGone} says the chat itself is gone or refuses the bot, so a subscriber is deactivated.
   */
  record Permanent(String reason, boolean recipientGone) implements PostOutcome {}

  /** This post cannot be edited any more (too old, deleted); the engine posts a new message. */
  record NotEditable(String reason) implements PostOutcome {}

  /**
   * The platform refuses to delete this post, though it is still there (on Telegram: sent 48 hours
   * ago or more, and the bot is not an administrator allowed to delete); the engine replaces its
   * content with an edit instead.
   */
  record NotRemovable(String reason) implements PostOutcome {}

  /**
   * The chat moved to {@code newChatId} (a Telegram group upgraded to a supergroup) and nothing was
   * sent: the engine follows the move and sends there, without counting an attempt.
   */
  record Moved(String newChatId) implements PostOutcome {
    public Moved {
      Objects.requireNonNull(newChatId, "newChatId");
    }
  }
}
