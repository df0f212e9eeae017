package org.deptbot.core.staff;

import org.deptbot.core.TransitionRefused;

/**
 * A change to the roster that the department's rules do not allow. {@link #reason()} and {@link
 * #arguments()} let the console word it; the message is for logs.
 */
public class StaffTransitionRefused extends TransitionRefused {

  /** Why the change was refused. */
  public enum Reason {
    /** It would leave no active ADMIN, so nobody could manage the console; argument: id. */
    LAST_ADMIN,
    /** The new supervisor is already below the member; arguments: id, the loop as text. */
    SUPERVISOR_LOOP,
    /** A member named as their own supervisor; argument: id. */
    OWN_SUPERVISOR,
    /** The supervisor is not an active member; argument: the supervisor's id. */
    UNKNOWN_SUPERVISOR,
    /** A new member with an id already on the roster; argument: id. */
    ID_TAKEN,
    /** Someone else changed the member in the meantime; argument: id. */
    CHANGED_MEANWHILE,
    /** A member would change their own roles; another administrator must; argument: id. */
    OWN_ROLES
  }

  public StaffTransitionRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
