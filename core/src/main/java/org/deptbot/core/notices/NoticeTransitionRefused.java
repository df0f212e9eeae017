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
    CHANGED_MEANWHILE,
    /** An emergency issue without the reason no approved template fits. */
    REASON_REQUIRED,
    /** An emergency issue without its text. */
    TEXT_REQUIRED,
    /** The guardrails refuse the wording; argument: what they found, in the post's words. */
    REFUSED_WORDING,
    /** The guardrails warn about the wording and the warning was not acknowledged. */
    WARNING_NOT_ACKNOWLEDGED,
    /** The post is over a platform's limit; arguments: the platform, its length, the limit. */
    TOO_LONG,
    /** A review was asked of a notice that is not an emergency issue; argument: id. */
    NOT_AN_EMERGENCY
  }

  public NoticeTransitionRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
