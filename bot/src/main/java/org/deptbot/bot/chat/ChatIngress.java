package org.deptbot.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    Optional<ReceivedUpdate> stored = updates.unhandled(updateKey);
    if (stored.isEmpty()) {
      return;
    }
    String correlationId = UUID.randomUUID().toString().substring(0, 8);
    MDC.put("correlationId", correlationId);
    try {
      Incoming incoming = withFile(stored.get().toIncoming(), adapter);
      conversations.deferringEnds(() -> adapter.deliver(incoming, engine.handle(incoming)));
      updates.markHandled(updateKey);
    } catch (RuntimeException e) {
      // Fetching its file or delivering failed; it stays unhandled and is tried again later.
      log.error("Could not handle {} or deliver the replies", updateKey, e);
    } finally {
      MDC.remove("correlationId");
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
    for (String key : updates.giveUpOlderThan(adapter.platform(), giveUpAfter)) {
      log.warn("Gave up on update {}: its replies could not be delivered for {}", key, giveUpAfter);
    }
    List<String> pending = updates.unhandledKeysOlderThan(adapter.platform(), after);
    if (!pending.isEmpty()) {
      log.info("Trying again {} {} update(s) left unhandled", pending.size(), adapter.platform());
    }
    pending.forEach(key -> process(key, adapter));
    return pending.size();
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
