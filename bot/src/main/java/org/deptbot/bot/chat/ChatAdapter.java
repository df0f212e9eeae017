package org.deptbot.bot.chat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.deptbot.core.staff.ChatPlatform;

/**
 * A chat platform as the engine sees it: something that carries out the engine's replies. Adapters
 * also translate the platform's updates into {@link Incoming} records and hand them to {@link
 * ChatIngress}.
 */
public interface ChatAdapter {

  ChatPlatform platform();

  /**
   * Carries out the replies to {@code cause}, in order. {@code cause} is null for messages the bot
   * sends unprompted, such as a delivery receipt.
   */
  void deliver(Incoming cause, List<Outgoing> replies);

  /**
   * As {@link #deliver}, for an adapter that need not hold the calling thread while the platform
   * asks it to wait (a rate limit's {@code retry_after}): the stage completes once every reply is
   * carried out, or exceptionally when they could not be (as {@link #deliver} throws). By default
   * it delivers at once on the calling thread.
   */
  default CompletionStage<Void> deliverLater(Incoming cause, List<Outgoing> replies) {
    try {
      deliver(cause, replies);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Sends one message unprompted and says what became of it: {@link SendOutcome.Delivered} with the
   * platform's id of it (of its last part, which carries the buttons, when the text is split), so
   * it can be edited later; {@link SendOutcome.Refused} when the platform refused it for good (the
   * user blocked the bot, closed their DMs, the chat is gone); {@link SendOutcome.Unreachable} when
   * the platform could not be reached or failed on its side. Never throws for a platform's answer.
   * Platforms that give no ids and refuse nothing need not override this.
   */
  default SendOutcome sendUnprompted(Outgoing.Send message) {
    try {
      deliver(null, List.of(message));
      return new SendOutcome.Delivered(null);
    } catch (RuntimeException unreachable) {
      return new SendOutcome.Unreachable(unreachable.getClass().getSimpleName());
    }
  }

  /**
   * Fetches the bytes of a file the platform's update only referred to ({@link
   * Incoming.Attachment#fetched()} false), when the stored update is handled. Returns the file
   * {@linkplain Incoming.Attachment#unavailable unavailable} when the platform will never hand it
   * over (too big, gone), and throws when the platform cannot be reached now: the update then stays
   * stored and is tried again. Platforms whose updates carry the bytes need not override this.
   */
  default Incoming.Attachment fetch(Incoming.Attachment attachment) {
    return attachment;
  }
}
