package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;

/**
 * A platform's poster that waits, right before each call, until the platform's overall limit has
 * room ({@link SendWindows#takeOverall}), so the rate the platform sees is the rate the engine
 * keeps, however long the database took between claim and send; and that sends only while this bot
 * holds the platform's sending role ({@link SenderLease}), checked right before each call.
 */
final class PacedPoster implements NoticePoster {

  private final NoticePoster poster;
  private final SendWindows windows;
  private final SenderLease lease;
  private final Clock clock;

  PacedPoster(NoticePoster poster, SendWindows windows, SenderLease lease, Clock clock) {
    this.poster = poster;
    this.windows = windows;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public ChatPlatform platform() {
    return poster.platform();
  }

  @Override
  public PostOutcome post(RecipientKind kind, String chatId, NoticePost post) {
    return awaitTurn() ? poster.post(kind, chatId, post) : stopped();
  }

  @Override
  public PostOutcome edit(RecipientKind kind, String chatId, String messageId, NoticePost post) {
    return awaitTurn() ? poster.edit(kind, chatId, messageId, post) : stopped();
  }

  @Override
  public PostOutcome delete(RecipientKind kind, String chatId, String messageId) {
    return awaitTurn() ? poster.delete(kind, chatId, messageId) : stopped();
  }

  @Override
  public boolean editKeepsPicture(String messageId) {
    return poster.editKeepsPicture(messageId);
  }

  @Override
  public boolean publishes() {
    return poster.publishes();
  }

  @Override
  public PostOutcome publish(String chatId, String messageId) {
    return awaitTurn() ? poster.publish(chatId, messageId) : stopped();
  }

  @Override
  public List<LimitExceeded> check(NoticePost post) {
    return poster.check(post);
  }

  /**
   * False when the worker is being stopped, or this bot no longer holds the platform's sending role
   * ({@link SenderLease}): the delivery goes back to the queue unsent.
   */
  private boolean awaitTurn() {
    for (Duration wait = windows.takeOverall(clock.instant());
        !wait.isZero();
        wait = windows.takeOverall(clock.instant())) {
      if (!lease.maySend(clock.instant())) {
        return false;
      }
      try {
        Thread.sleep(Math.max(1, wait.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return lease.maySend(clock.instant());
  }

  /** Not sent, and not an attempt used up: like a rate-limit wait of nothing. */
  private static PostOutcome stopped() {
    return new PostOutcome.RetryAfter(Duration.ZERO);
  }
}
