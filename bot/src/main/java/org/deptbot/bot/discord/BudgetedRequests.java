package org.deptbot.bot.discord;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.deptbot.bot.delivery.SendBudgets;
import org.deptbot.core.staff.ChatPlatform;

/**
 * Holds each request JDA makes to Discord's API until the send budget shared by every bot on the
 * database has room for it ({@link SendBudgets#takeRequest}): Discord's global limit (50 requests a
 * second) is the bot's, over every process and route. Interaction callbacks and follow-ups ({@code
 * interactions/}, {@code webhooks/}) are not bound by it, and files from the CDN are not API
 * requests: those go at once. JDA keeps the per-route limits itself.
 */
final class BudgetedRequests implements Interceptor {

  private final SendBudgets budgets;

  BudgetedRequests(SendBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (counts(chain.request().url().encodedPath())) {
      for (Duration wait = budgets.takeRequest(ChatPlatform.DISCORD);
          !wait.isZero();
          wait = budgets.takeRequest(ChatPlatform.DISCORD)) {
        try {
          Thread.sleep(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("stopped while waiting for Discord's global limit");
        }
      }
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      budgets.sent();
    }
  }

  /** Whether a request to {@code path} counts against the global limit. */
  static boolean counts(String path) {
    int api = path.indexOf("/api/");
    if (api < 0) {
      return false;
    }
    return !path.contains("/interactions/") && !path.contains("/webhooks/");
  }
}
