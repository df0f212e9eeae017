package org.deptbot.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Rolling windows of recent sends, overall and per chat, so a worker sends only what the platform
 * allows now; plus the pauses a platform asked for with a 429. Times are passed in, so tests need
 * no sleeping.
 *
 * <p>The overall window is shared with the replies to people in chat ({@link #takeForReply}): of
 * the platform's overall limit, {@code reservedForReplies} calls per window may be kept for them
 * (none by default). Deliveries go only while fewer than {@code overall - reservedForReplies} calls
 * (deliveries and replies together) are in the window; a reply goes while fewer than {@code
 * overall} are. And a reply goes first: once one was told to wait for room, no delivery takes a
 * call until that reply has had its turn. So however busy a broadcast, a reply waits at most for
 * the next call to leave the window (deliveries are spaced evenly: about 35 ms on Telegram), while
 * a broadcast with nobody talking to the bot uses the whole limit; together they never exceed it.
 */
final class SendWindows {

  private final SendLimits limits;
  private final int deliveryShare;
  private final Deque<Instant> overall = new ArrayDeque<>();
  private final Map<String, Deque<Instant>> perChat = new HashMap<>();
  private final Map<String, Instant> pausedUntil = new HashMap<>();
  private Instant overallPausedUntil = Instant.EPOCH;
  private Instant lastDelivery;
  private Instant replyWaitingUntil = Instant.EPOCH;

  SendWindows(SendLimits limits) {
    this(limits, 0);
  }

  SendWindows(SendLimits limits, int reservedForReplies) {
    if (reservedForReplies < 0
        || (limits.overall() > 0 && reservedForReplies >= limits.overall())) {
      throw new IllegalArgumentException(
          "the share reserved for replies must be at least 0 and below the overall limit ("
              + limits.overall()
              + "): "
              + reservedForReplies);
    }
    this.limits = limits;
    this.deliveryShare = limits.overall() - reservedForReplies;
  }

  /** Calls per overall window that deliveries may use: the limit less the replies' reserve. */
  int deliveryShare() {
    return deliveryShare;
  }

  /**
   * How long until one more message may go to {@code chatId}: zero means now, and the chat's send
   * is recorded (so nothing more is claimed for that chat); otherwise nothing is recorded. The
   * overall limit is only looked at here: it is taken by {@link #takeOverall} when the message
   * actually leaves, since the database work between claim and send varies by tens of milliseconds,
   * enough to bunch a full window's sends closer than the platform allows.
   */
  synchronized Duration tryTake(String chatId, boolean group, Instant now) {
    Duration wait = max(untilOverall(now), untilChat(chatId, group, now));
    if (!wait.isZero()) {
      return wait;
    }
    if (chatLimit(group) > 0) {
      perChat.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addLast(now);
    }
    return Duration.ZERO;
  }

  /**
   * Just before a call goes to the platform: zero means it may go now, and it is recorded against
   * the overall limit; otherwise how long to wait before asking again. Calls are also spread
   * evenly, one per window divided by limit, rather than a window's worth at once: the same rate,
   * but a call held up on its way (scheduling, a pause) must be late by more than that spacing
   * before the platform could see more than its limit in one of its own windows.
   */
  synchronized Duration takeOverall(Instant now) {
    Duration wait =
        max(
            max(untilOverall(now), untilSpaced(now)),
            positive(Duration.between(now, replyWaitingUntil)));
    if (wait.isZero() && limits.overall() > 0) {
      overall.addLast(now);
      lastDelivery = now;
    }
    return wait;
  }

  /**
   * Just before a reply to someone in chat goes to the platform: zero means it may go now, and it
   * is recorded against the overall limit; otherwise how long to wait. A reply may use the whole
   * limit, the share reserved for replies included, and is not spaced: a person waits for it.
   */
  synchronized Duration takeForReply(Instant now) {
    Duration paused = positive(Duration.between(now, overallPausedUntil));
    if (limits.overall() == 0) {
      return paused;
    }
    Duration wait =
        max(paused, untilWindow(overall, limits.overall(), limits.overallWindow(), now));
    if (wait.isZero()) {
      overall.addLast(now);
      replyWaitingUntil = Instant.EPOCH;
    } else {
      // deliveries hold back until this reply has had its turn (a little after room is made)
      Instant turn = now.plus(wait).plus(replyGrace());
      if (turn.isAfter(replyWaitingUntil)) {
        replyWaitingUntil = turn;
      }
    }
    return wait;
  }

  /** How long deliveries hold back after a waiting reply's room is made: one delivery spacing. */
  private Duration replyGrace() {
    return limits.overallWindow().dividedBy(limits.overall());
  }

  /** How long until the overall limit lets one more delivery through. */
  synchronized Duration untilOverall(Instant now) {
    Duration paused = positive(Duration.between(now, overallPausedUntil));
    if (limits.overall() == 0) {
      return paused;
    }
    return max(paused, untilWindow(overall, deliveryShare, limits.overallWindow(), now));
  }

  /** The platform answered 429 for {@code chatId}: nothing more goes there before {@code until}. */
  synchronized void pause(String chatId, Instant until) {
    pausedUntil.merge(chatId, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** The platform answered 429 to a request that concerns no chat in particular. */
  synchronized void pauseOverall(Instant until) {
    if (until.isAfter(overallPausedUntil)) {
      overallPausedUntil = until;
    }
  }

  /** Forgets chats with nothing in their window, so memory stays flat over long runs. */
  synchronized void forgetIdle(Instant now) {
    Duration longest = max(limits.privateChatWindow(), limits.groupWindow());
    for (Iterator<Deque<Instant>> it = perChat.values().iterator(); it.hasNext(); ) {
      Deque<Instant> sends = it.next();
      if (sends.isEmpty() || !sends.peekLast().plus(longest).isAfter(now)) {
        it.remove();
      }
    }
    pausedUntil.values().removeIf(until -> !until.isAfter(now));
  }

  private Duration untilSpaced(Instant now) {
    if (limits.overall() == 0 || lastDelivery == null) {
      return Duration.ZERO;
    }
    Duration spacing = limits.overallWindow().dividedBy(deliveryShare);
    return positive(Duration.between(now, lastDelivery.plus(spacing)));
  }

  private Duration untilChat(String chatId, boolean group, Instant now) {
    Duration paused =
        positive(Duration.between(now, pausedUntil.getOrDefault(chatId, Instant.EPOCH)));
    int limit = chatLimit(group);
    Deque<Instant> sends = perChat.get(chatId);
    if (limit == 0 || sends == null) {
      return paused;
    }
    Duration window = group ? limits.groupWindow() : limits.privateChatWindow();
    return max(paused, untilWindow(sends, limit, window, now));
  }

  private int chatLimit(boolean group) {
    return group ? limits.perGroup() : limits.perPrivateChat();
  }

  /**
   * Drops sends that left the window; with {@code limit} or more in it, the wait until enough of
   * the oldest have left for one more to fit.
   */
  private static Duration untilWindow(
      Deque<Instant> sends, int limit, Duration window, Instant now) {
    while (!sends.isEmpty() && !sends.peekFirst().plus(window).isAfter(now)) {
      sends.removeFirst();
    }
    if (sends.size() < limit) {
      return Duration.ZERO;
    }
    // the (size - limit + 1)-th oldest must leave before one more fits
    Iterator<Instant> oldest = sends.iterator();
    Instant leaving = oldest.next();
    for (int i = 0; i < sends.size() - limit; i++) {
      leaving = oldest.next();
    }
    return positive(Duration.between(now, leaving.plus(window)));
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
