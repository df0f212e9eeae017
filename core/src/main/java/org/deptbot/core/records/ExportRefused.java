package org.deptbot.core.records;

import org.deptbot.core.TransitionRefused;

/** An export cannot be made as asked; {@link #reason()} lets the console word it. */
public class ExportRefused extends TransitionRefused {

  /** Why. */
  public enum Reason {
    /** An export states what request or matter it answers. */
    PURPOSE_NEEDED
  }

  public ExportRefused(Reason reason, String message, Object... arguments) {
    super(reason, message, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
