package org.deptbot.core.records;

import org.deptbot.core.TransitionRefused;

/**
 * A legal hold cannot be placed or lifted as asked. {@link #reason()} and {@link #arguments()} let
 * the console word it; the message is for logs.
 */
public class HoldRefused extends TransitionRefused {

  /** Why. */
  public enum Reason {
    /** Placing or lifting a hold needs a reason. */
    REASON_NEEDED,
    /** There is no hold with that number; argument: the number. */
    NO_SUCH_HOLD,
    /** The hold was lifted already; arguments: the number, who lifted it. */
    ALREADY_LIFTED,
    /** No report is stored under the case number; argument: the number. */
    NO_SUCH_CASE,
    /** No tip is stored under the tip number; argument: the number. */
    NO_SUCH_TIP,
    /** No notice is stored under the notice number; argument: the number. */
    NO_SUCH_NOTICE,
    /** No staff member has the id; argument: the id. */
    NO_SUCH_MEMBER
  }

  public HoldRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
