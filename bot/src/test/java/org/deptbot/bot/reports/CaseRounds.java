package org.deptbot.bot.reports;

import org.springframework.context.ApplicationContext;

/**
 * The case notifier's round, run by a test in another package on the test's own thread: to check
 * that something did not happen, run the round it would have happened in, then look, instead of
 * waiting a while.
 */
public final class CaseRounds {

  private CaseRounds() {}

  /** One round of {@code CaseNotifier.sendOwed}, as the schedule runs it every second. */
  public static void sendOwed(ApplicationContext context) {
    context.getBean(CaseNotifier.class).sendOwed();
  }
}
