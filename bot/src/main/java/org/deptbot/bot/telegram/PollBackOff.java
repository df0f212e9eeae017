package org.deptbot.bot.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait between failed polls, which also tells {@link TelegramLink} how polling goes:
 * telegrambots resets its back-off after every getUpdates that returned a Bot API reply, and asks
 * it for a wait after every one that failed.
 */
final class PollBackOff implements BackOff {

  private final RetryDelay delay;
  private final TelegramLink link;

  PollBackOff(RetryDelay delay, TelegramLink link) {
    this.delay = delay;
    this.link = link;
  }

  @Override
  public void reset() {
    delay.reset();
    link.pollSucceeded();
  }

  @Override
  public long nextBackOffMillis() {
    link.pollFailed();
    return delay.next().toMillis();
  }
}
