package org.deptbot.core.templates;

import org.deptbot.core.TransitionRefused;

/**
 * A template cannot make the change asked for. {@link #reason()} and {@link #arguments()} let the
 * chat and the console word it for their readers; the message is for logs.
 */
public class TemplateTransitionRefused extends TransitionRefused {

  /** Why the change was refused. */
  public enum Reason {
    /** The version is not in the state the change needs; arguments: id, its status. */
    WRONG_STATE,
    /** An approver asked to approve their own template; argument: id. */
    OWN_TEMPLATE,
    /** A rejection without a reason. */
    REASON_NEEDED,
    /** Someone else changed it in the meantime; argument: id. */
    CHANGED_MEANWHILE,
    /** No such template; argument: id. */
    NOT_FOUND,
    /** Only approved or retired versions are revised; a draft is edited; argument: id. */
    EDIT_THE_DRAFT,
    /** Someone other than its author asked to edit a draft; argument: id. */
    NOT_THE_AUTHOR
  }

  public TemplateTransitionRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
