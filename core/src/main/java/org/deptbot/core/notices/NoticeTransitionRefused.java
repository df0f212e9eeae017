package org.deptbot.core.notices;

import org.deptbot.core.TransitionRefused;

/**
 * A notice cannot make the change asked for, for example updating one already cancelled. {@link
 * #reason()} and {@link #arguments()} let the chat and the console word it for their readers; the
 * message is for logs.
 */
public class NoticeTransitionRefused extends TransitionRefused {

  /** Why the change was refused. */
  public enum Reason {
    /** The template is not approved (any more); argument: its key. */
    TEMPLATE_NOT_USABLE,
    /** No channel was picked. */
    NO_TARGETS,
    /** The notice has ended; arguments: id, its status. */
    NOT_ACTIVE,
    /** Expiry asked before the notice's time; arguments: id, expiry instant. */
    NOT_DUE,
    /** Marked found, but it is not about a missing or endangered person; argument: id. */
    NOT_ABOUT_A_PERSON,
    /** Scheduled for a time that has already passed; argument: that instant. */
    SCHEDULED_IN_THE_PAST,
    /** A zone the department does not have was named; argument: its id. */
    UNKNOWN_ZONE,
    /** Someone else changed the notice since it was read; argument: id. */
    CHANGED_MEANWHILE
  }

  public NoticeTransitionRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
