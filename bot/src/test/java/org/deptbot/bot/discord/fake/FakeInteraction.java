package org.deptbot.bot.discord.fake;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * An interaction the fake dispatched (a slash command, a button press or a modal submission) and
 * what the bot did with it: when it acknowledged it and how, the message its hook edits, and the
 * modal it showed, if it answered with one.
 */
public final class FakeInteraction {

  /** Discord's callback types the bot uses. */
  public static final int REPLY = 4;

  public static final int DEFERRED_REPLY = 5;
  public static final int DEFERRED_UPDATE = 6;
  public static final int UPDATE = 7;
  public static final int MODAL = 9;

  private final long id;
  private final String token;
  private final long channelId;
  private final long userId;
  private final LongSupplier clock;
  private final long dispatchedAt;
  private volatile long pressedMessageId;
  private volatile int callbackType;
  private volatile long acknowledgedAt;
  private volatile long originalMessageId;
  private volatile FakeModal modal;
  private volatile boolean submitsModal;

  /** {@code clock} is the fake's monotonic time in nanoseconds, which tests can move on. */
  FakeInteraction(
      long id,
      String token,
      long channelId,
      long userId,
      long pressedMessageId,
      LongSupplier clock) {
    this.clock = clock;
    this.dispatchedAt = clock.getAsLong();
    this.id = id;
    this.token = token;
    this.channelId = channelId;
    this.userId = userId;
    this.pressedMessageId = pressedMessageId;
  }

  public long id() {
    return id;
  }

  String token() {
    return token;
  }

  public long channelId() {
    return channelId;
  }

  public long userId() {
    return userId;
  }

  long pressedMessageId() {
    return pressedMessageId;
  }

  /** The callback type the bot answered with, 0 while unanswered. */
  public int callbackType() {
    return callbackType;
  }

  public boolean acknowledged() {
    return callbackType != 0;
  }

  /** How long after dispatch the bot acknowledged it. */
  public Duration acknowledgedAfter() {
    return Duration.ofNanos(acknowledgedAt - dispatchedAt);
  }

  Duration age() {
    return Duration.ofNanos(clock.getAsLong() - dispatchedAt);
  }

  /** The message the hook's {@code @original} is: the reply, or the pressed message. */
  public long originalMessageId() {
    return originalMessageId;
  }

  /** The modal the bot answered with (callback type 9), or null. */
  public FakeModal modal() {
    return modal;
  }

  /** Whether this is a modal's submission (type 5), which cannot be answered with a modal. */
  boolean submitsModal() {
    return submitsModal;
  }

  void markModalSubmission() {
    submitsModal = true;
  }

  synchronized boolean showModal(FakeModal shown) {
    if (!acknowledge(MODAL, pressedMessageId)) {
      return false;
    }
    modal = shown;
    return true;
  }

  synchronized boolean acknowledge(int type, long original) {
    if (callbackType != 0) {
      return false;
    }
    acknowledgedAt = clock.getAsLong();
    callbackType = type;
    originalMessageId = original;
    return true;
  }
}
