package org.deptbot.bot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The way in for every platform: an update is stored (unique on its platform id) before anything
 * else, then handled and its replies delivered, then marked handled. A crash before the mark leaves
 * it to {@link #resume(ChatAdapter)} at the next start, a failed delivery to {@link
 * #retryUnhandled} while the bot runs; a redelivered update is dropped. A file the update only
 * refers to is fetched when it is handled, not when it is received, and only when the engine has a
 * use for it; if the platform cannot be reached, the update stays unhandled.
 */
public class ChatIngress {

  private static final Logger log = LoggerFactory.getLogger(ChatIngress.class);

  /**
   * How long a process keeps an update it is handling from the others: far longer than a first try
   * takes (Telegram's waits included); after a crash the update is taken up again once it passes.
   */
  static final Duration CLAIM = Duration.ofMinutes(5);

  private final ReceivedUpdates updates;
  private final ChatEngine engine;
  private final Conversations conversations;

  public ChatIngress(ReceivedUpdates updates, ChatEngine engine, Conversations conversations) {
    this.updates = updates;
    this.engine = engine;
    this.conversations = conversations;
  }

  /** Stores the update durably. False when it was received before and must not be handled again. */
  public boolean receive(Incoming incoming) {
    boolean fresh = updates.store(incoming);
    if (!fresh) {
      log.info("Update {} was received before; ignoring the redelivery", incoming.updateKey());
    }
    return fresh;
  }

  /** Handles a stored update and delivers the replies through {@code adapter}. */
  public void process(String updateKey, ChatAdapter adapter) {
    processLater(updateKey, adapter).join();
  }

  /**
   * Handles a stored update now and delivers its replies through {@link ChatAdapter#deliverLater}:
   * the update is marked handled (and the flows that asked to end once delivered are ended) only
   * when they are delivered. The stage completes then, or when delivery failed and the update stays
   * unhandled to be tried again; it never completes exceptionally.
   */
  public CompletableFuture<Void> processLater(String updateKey, ChatAdapter adapter) {
    // claimed before it is read, so an update another process finished meanwhile reads handled
    Optional<String> claim = updates.claim(updateKey, CLAIM);
    if (claim.isEmpty()) {
      log.info("Update {} is being handled by another process; left to it", updateKey);
      return CompletableFuture.completedFuture(null);
    }
    String token = claim.get();
    Optional<ReceivedUpdate> stored;
    try {
      stored = updates.unhandled(updateKey);
    } catch (RuntimeException e) {
      updates.release(updateKey, token);
      throw e;
    }
    if (stored.isEmpty()) {
      updates.release(updateKey, token);
      return CompletableFuture.completedFuture(null);
    }
    String correlationId = UUID.randomUUID().toString().substring(0, 8);
    MDC.put("correlationId", correlationId);
    try {
      Incoming incoming = withFile(stored.get().toIncoming(), adapter);
      List<ChatIdentity> ends = new ArrayList<>();
      List<Outgoing> replies = conversations.deferringEndsInto(ends, () -> engine.handle(incoming));
      CompletableFuture<Void> delivered;
      try {
        delivered = adapter.deliverLater(incoming, replies).toCompletableFuture();
      } catch (RuntimeException e) {
        delivered = CompletableFuture.failedFuture(e);
      }
      return delivered.handle(
          (done, failed) -> {
            finish(updateKey, ends, failed, correlationId);
            releaseQuietly(updateKey, token);
            return null;
          });
    } catch (RuntimeException e) {
      // Fetching its file failed; it stays unhandled and is tried again later.
      log.error("Could not handle {} or deliver the replies", updateKey, e);
      releaseQuietly(updateKey, token);
      return CompletableFuture.completedFuture(null);
    } finally {
      MDC.remove("correlationId");
    }
  }

  /** A claim not given back lapses after {@link #CLAIM}: the update is then tried again. */
  private void releaseQuietly(String updateKey, String token) {
    try {
      updates.release(updateKey, token);
    } catch (RuntimeException e) {
      log.warn("Could not give back the claim on {}; it lapses", updateKey, e);
    }
  }

  private void finish(
      String updateKey, List<ChatIdentity> ends, Throwable failed, String correlationId) {
    boolean elsewhere = MDC.get("correlationId") == null;
    if (elsewhere) {
      MDC.put("correlationId", correlationId);
    }
    try {
      if (failed != null) {
        // It stays unhandled and is tried again later.
        Throwable cause =
            failed instanceof CompletionException && failed.getCause() != null
                ? failed.getCause()
                : failed;
        log.error("Could not deliver the replies to {}", updateKey, cause);
        return;
      }
      ends.forEach(conversations::end);
      updates.markHandled(updateKey);
    } catch (RuntimeException e) {
      log.error("Could not mark {} handled; it is tried again later", updateKey, e);
    } finally {
      if (elsewhere) {
        MDC.remove("correlationId");
      }
    }
  }

  private Incoming withFile(Incoming incoming, ChatAdapter adapter) {
    if (incoming instanceof Incoming.AttachmentMessage message
        && message.attachment() != null
        && !message.attachment().fetched()
        && engine.usesAttachment(message)) {
      Incoming.Attachment fetched = adapter.fetch(message.attachment());
      return new Incoming.AttachmentMessage(
          message.updateKey(), message.from(), message.chat(), fetched, message.caption());
    }
    return incoming;
  }

  /** Stores and handles in one go, for adapters whose caller waits for the result. */
  public void receiveAndProcess(Incoming incoming, ChatAdapter adapter) {
    if (receive(incoming)) {
      process(incoming.updateKey(), adapter);
    }
  }

  /**
   * While the bot runs: tries again the updates of this adapter's platform left unhandled for
   * longer than {@code after} (their replies could not be delivered), and gives up those received
   * more than {@code giveUpAfter} ago, logging only their ids. An update handled meanwhile is
   * skipped, as in {@link #process}, so none is handled twice. Returns how many were tried.
   */
  public int retryUnhandled(ChatAdapter adapter, Duration after, Duration giveUpAfter) {
    List<Incoming> pending = dueAgain(adapter.platform(), after, giveUpAfter);
    pending.forEach(incoming -> process(incoming.updateKey(), adapter));
    return pending.size();
  }

  /**
   * As {@link #retryUnhandled}, for an adapter that handles them itself (each with {@link
   * #processLater}, never while its first try is still under way): gives up those received more
   * than {@code giveUpAfter} ago and returns those left unhandled for longer than {@code after}.
   */
  public List<Incoming> dueAgain(ChatPlatform platform, Duration after, Duration giveUpAfter) {
    for (String key : updates.giveUpOlderThan(platform, giveUpAfter)) {
      log.warn("Gave up on update {}: its replies could not be delivered for {}", key, giveUpAfter);
    }
    List<String> pending = updates.unhandledKeysOlderThan(platform, after);
    if (!pending.isEmpty()) {
      log.info("Trying again {} {} update(s) left unhandled", pending.size(), platform);
    }
    return stored(pending);
  }

  /** What a crash left stored but unhandled for the platform, for an adapter to handle itself. */
  public List<Incoming> leftUnhandled(ChatPlatform platform) {
    List<String> pending = updates.unhandledKeys(platform);
    if (!pending.isEmpty()) {
      log.info("Handling {} {} update(s) left from before the restart", pending.size(), platform);
    }
    return stored(pending);
  }

  private List<Incoming> stored(List<String> keys) {
    List<Incoming> found = new ArrayList<>();
    for (String key : keys) {
      updates.unhandled(key).map(ReceivedUpdate::toIncoming).ifPresent(found::add);
    }
    return found;
  }

  /** Handles what a crash left stored but unhandled for this adapter's platform. */
  public int resume(ChatAdapter adapter) {
    List<String> pending = updates.unhandledKeys(adapter.platform());
    if (!pending.isEmpty()) {
      log.info(
          "Handling {} {} update(s) left from before the restart",
          pending.size(),
          adapter.platform());
    }
    pending.forEach(key -> process(key, adapter));
    return pending.size();
  }
}
