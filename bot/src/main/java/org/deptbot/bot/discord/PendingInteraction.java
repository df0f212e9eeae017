package org.deptbot.bot.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.deptbot.bot.chat.ChatTarget;

/**
 * An interaction acknowledged (deferred) but not yet answered: its hook carries the engine's
 * replies, which is how Discord wants an interaction answered and works where the bot may not post.
 *
 * @param hook the interaction's webhook, valid for 15 minutes
 * @param answersIn the chat the replies through the hook belong to
 * @param deferredReply a slash command (its "thinking" message becomes the first reply) rather than
 *     a button press (whose message is edited in place)
 * @param pressedMessageId the message whose button was pressed, or null
 * @param redirected the command was used in a server channel and is carried on in a direct message;
 *     the hook then only says so
 * @param ephemeral replies through the hook are shown to the user alone (in server channels)
 * @param deferredAt when the acknowledgement was sent
 * @param acknowledged completes when Discord took the acknowledgement, fails when it refused it
 *     (10062: it came after the three seconds Discord allows)
 */
record PendingInteraction(
    InteractionHook hook,
    ChatTarget answersIn,
    boolean deferredReply,
    String pressedMessageId,
    boolean redirected,
    boolean ephemeral,
    Instant deferredAt,
    CompletableFuture<?> acknowledged) {

  /**
   * Whether the hook can carry replies: Discord took the acknowledgement (waiting up to {@code
   * wait} for its answer). Without it the interaction has expired and its hook is useless.
   */
  boolean acknowledgedInTime(Duration wait) {
    try {
      acknowledged.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException | CancellationException refused) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether a reply to {@code target} goes through the hook. */
  boolean answers(ChatTarget target) {
    return !redirected && answersIn.equals(target);
  }

  /** Whether an edit of {@code messageId} is the edit of the pressed message. */
  boolean edits(ChatTarget target, String messageId) {
    return answers(target) && messageId != null && messageId.equals(pressedMessageId);
  }
}
