package org.deptbot.core.tips;

import java.util.List;

/**
 * A tip cannot make the change asked for. {@link #reason()} and {@link #arguments()} let chat word
 * it; the message is for logs.
 */
public class TipTransitionRefused extends RuntimeException {

  /** Why the change was refused. */
  public enum Reason {
    /** The tip is not in a state that allows it; arguments: tip id, status. */
    WRONG_STATE,
    /** Someone else changed the tip a moment ago; argument: tip id. */
    CHANGED_MEANWHILE,
    /** A question or answer needs some text. */
    NOTE_NEEDED
  }

  private final Reason reason;
  private final List<Object> arguments;

  public TipTransitionRefused(Reason reason, String message, Object... arguments) {
    super(message);
    this.reason = reason;
    this.arguments = List.of(arguments);
  }

  public Reason reason() {
    return reason;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
