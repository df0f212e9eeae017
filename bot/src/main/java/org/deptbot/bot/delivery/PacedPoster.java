package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;

/**
 * A platform's poster that waits, right before each call, until the platform's overall limit has
 * room ({@link SendWindows#takeOverall}), so the rate the platform sees is the rate the engine
 * keeps, however long the database took between claim and send; and that sends only while this bot
 * holds the platform's sending role ({@link SenderLease}), checked right before each call. With the
 * windows shared by every bot on the database ({@link SendBudgets#takeChat}, {@link
 * SendBudgets#takeForDelivery}) the call also takes room there: a chat that another bot's reply (or
 * the last holder of the role) has just used is not sent to again too soon; the delivery goes back
 * to the queue for when there is room, not counted as an attempt.
 */
final class PacedPoster implements NoticePoster {

  private final NoticePoster poster;
  private final SendWindows windows;
  private final SenderLease lease;
  private final Clock clock;
  private final SendBudgets shared;

  /**
   * @param shared the budget whose shared windows every call also takes room in; null for a
   *     platform without limits (the training chat standing in)
   */
  PacedPoster(
      NoticePoster poster,
      SendWindows windows,
      SenderLease lease,
      Clock clock,
      SendBudgets shared) {
    this.poster = poster;
    this.windows = windows;
    this.lease = lease;
    this.clock = clock;
    this.shared = shared;
  }

  @Override
  public ChatPlatform platform() {
    return poster.platform();
  }

  @Override
  public PostOutcome post(RecipientKind kind, String chatId, NoticePost post) {
    return send(kind, chatId, () -> poster.post(kind, chatId, post));
  }

  @Override
  public PostOutcome edit(RecipientKind kind, String chatId, String messageId, NoticePost post) {
    return send(kind, chatId, () -> poster.edit(kind, chatId, messageId, post));
  }

  @Override
  public PostOutcome delete(RecipientKind kind, String chatId, String messageId) {
    return send(kind, chatId, () -> poster.delete(kind, chatId, messageId));
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
   * One call into {@code chatId}: when the chat's shared window (a channel's by the group limit, a
   * subscriber's by the private chat's) has no room, the wait, for the delivery to go back to the
   * queue; else the turn in the overall limit, then the chat's room taken right before the call.
   */
  private PostOutcome send(RecipientKind kind, String chatId, Supplier<PostOutcome> call) {
    boolean group = kind == RecipientKind.CHANNEL;
    if (shared != null) {
      Duration chat = shared.untilChat(poster.platform(), chatId, group);
      if (!chat.isZero()) {
        return new PostOutcome.RetryAfter(chat);
      }
    }
    try {
      if (!awaitTurn()) {
        return stopped();
      }
      if (shared != null) {
        // another bot may have sent there while this one waited for its turn
        Duration chat = shared.takeChat(poster.platform(), chatId, group);
        if (!chat.isZero()) {
          return new PostOutcome.RetryAfter(chat);
        }
      }
      return call.get();
    } finally {
      if (shared != null) {
        shared.sent();
      }
    }
  }

  /**
   * False when the worker is being stopped, or this bot no longer holds the platform's sending role
   * ({@link SenderLease}): the delivery goes back to the queue unsent. Waits for this process's
   * pacing, then for room in the shared overall window.
   */
  private boolean awaitTurn() {
    for (Duration wait = windows.takeOverall(clock.instant());
        !wait.isZero();
        wait = windows.takeOverall(clock.instant())) {
      if (!pause(wait)) {
        return false;
      }
    }
    if (shared != null) {
      for (Duration wait = shared.takeForDelivery(poster.platform());
          !wait.isZero();
          wait = shared.takeForDelivery(poster.platform())) {
        if (!pause(wait)) {
          return false;
        }
      }
    }
    return lease.maySend(clock.instant());
  }

  /** Sleeps {@code wait} if this bot still holds the role; false when it should not go on. */
  private boolean pause(Duration wait) {
    if (!lease.maySend(clock.instant())) {
      return false;
    }
    try {
      Thread.sleep(Math.max(1, wait.toMillis()));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Not sent, and not an attempt used up: like a rate-limit wait of nothing. */
  private static PostOutcome stopped() {
    return new PostOutcome.RetryAfter(Duration.ZERO);
  }
}
