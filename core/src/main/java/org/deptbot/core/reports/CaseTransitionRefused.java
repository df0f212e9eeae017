package org.deptbot.core.reports;

import org.deptbot.core.TransitionRefused;

/**
 * A case cannot make the change asked for. {@link #reason()} and {@link #arguments()} let chat and
 * the console word it; the message is for logs.
 */
public class CaseTransitionRefused extends TransitionRefused {

  /** Why the change was refused. */
  public enum Reason {
    /** The case is not in a state that allows it; arguments: case id, status. */
    WRONG_STATE,
    /** Someone else changed the case a moment ago; argument: case id. */
    CHANGED_MEANWHILE,
    /** Only the case's handler may do this; argument: case id. */
    NOT_THE_HANDLER,
    /** A reason or note is required. */
    NOTE_NEEDED,
    /**
     * The allegation does not exist or already has a finding; arguments: case id, allegation id.
     */
    ALLEGATION_DECIDED,
    /** The finding is not one of the department's; argument: the code. */
    UNKNOWN_FINDING
  }

  public CaseTransitionRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
