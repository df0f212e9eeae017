package org.deptbot.core.tips;

import org.deptbot.core.TransitionRefused;

/**
 * A tip cannot make the change asked for. {@link #reason()} and {@link #arguments()} let chat word
 * it; the message is for logs.
 */
public class TipTransitionRefused extends TransitionRefused {

  /** Why the change was refused. */
  public enum Reason {
    /** The tip is not in a state that allows it; arguments: tip id, status. */
    WRONG_STATE,
    /** Someone else changed the tip a moment ago; argument: tip id. */
    CHANGED_MEANWHILE,
    /** A question or answer needs some text. */
    NOTE_NEEDED
  }

  public TipTransitionRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
