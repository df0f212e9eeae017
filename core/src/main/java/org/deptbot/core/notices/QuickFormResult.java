package org.deptbot.core.notices;

import java.util.Objects;

/** What {@link QuickFormParser} made of a line: a form, or a message saying what to fix. */
public sealed interface QuickFormResult {

  /** The line was well formed. */
  record Parsed(QuickForm form) implements QuickFormResult {
    public Parsed {
      Objects.requireNonNull(form, "form");
    }
  }

  /** The line was not; {@code message} is for the dispatcher and says how to fix it. */
  record Invalid(String message) implements QuickFormResult {
    public Invalid {
      Objects.requireNonNull(message, "message");
    }
  }
}
