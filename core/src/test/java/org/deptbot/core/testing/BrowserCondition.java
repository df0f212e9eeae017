package org.deptbot.core.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides whether a {@link BrowserTest} runs here; see there. */
public final class BrowserCondition implements ExecutionCondition {

  /** The environment variable that makes browser tests required ({@code required}). */
  public static final String SWITCH = "DEPTBOT_BROWSER_TESTS";

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.isAvailable()) {
      return ConditionEvaluationResult.enabled("headless Chromium is installed");
    }
    if ("required".equalsIgnoreCase(System.getenv(SWITCH))) {
      return ConditionEvaluationResult.enabled(SWITCH + "=required: the test fails without it");
    }
    String how =
        "BROWSER TESTS SKIPPED: no "
            + Browser.CHROMIUM
            + " or "
            + Browser.CHROMEDRIVER
            + ". Run `sudo apt-get install chromium chromium-driver` to run them"
            + " (.ci/run installs them and sets "
            + SWITCH
            + "=required).";
    if (TOLD.compareAndSet(false, true)) {
      System.err.println();
      System.err.println("*".repeat(how.length()));
      System.err.println(how);
      System.err.println("*".repeat(how.length()));
      System.err.println();
    }
    return ConditionEvaluationResult.disabled(how);
  }
}
