package org.deptbot.core.templates;

/** The outcome of checking one value: the value as it will be posted, or what to fix. */
public sealed interface VariableCheck {

  /** Accepted; {@code value} is the tidied form that is posted. */
  record Valid(String value) implements VariableCheck {}

  /** Refused; {@code message} says what is wrong and how to fix it. */
  record Invalid(String message) implements VariableCheck {}
}
