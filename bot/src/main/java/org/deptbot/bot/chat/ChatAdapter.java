package org.deptbot.bot.chat;

import java.util.List;
import java.util.Optional;
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
   * Sends one message unprompted and returns the platform's id of it (of its last part, which
   * carries the buttons, when the text is split), so it can be edited later. Empty when the
   * platform refused it (the user blocked the bot, closed their DMs) or gives no ids; throws when
   * the platform cannot be reached, as {@link #deliver} does.
   */
  default Optional<String> sendKeepingId(Outgoing.Send message) {
    deliver(null, List.of(message));
    return Optional.empty();
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
