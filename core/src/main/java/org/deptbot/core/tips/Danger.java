package org.deptbot.core.tips;

/**
 * What {@link DangerReader} reads in a tip: nothing pressing, danger happening now (call 911), or
 * someone at risk of harming themselves (call or text 988, the Suicide &amp; Crisis Lifeline, or
 * 911). Ordered by how loudly the bot answers: a later value outranks an earlier one.
 */
public enum Danger {
  NONE,
  EMERGENCY,
  SELF_HARM;

  /** Whether the sender is to be told to call for help and the desk told it is urgent. */
  public boolean urgent() {
    return this != NONE;
  }

  /** The louder of the two. */
  public Danger or(Danger other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }
}
