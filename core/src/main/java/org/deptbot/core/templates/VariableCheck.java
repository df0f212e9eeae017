package org.deptbot.core.templates;

import java.time.Instant;
import java.util.List;

/** The outcome of checking one value: the value as it will be posted, or what to fix. */
public sealed interface VariableCheck {

  /**
   * Accepted; {@code value} is the tidied form that is posted, and {@code at} the moment a
   * date-time blank was read as (null for any other blank), so a time still to come can keep the
   * notice up.
   */
  record Valid(String value, Instant at) implements VariableCheck {
    public Valid(String value) {
      this(value, null);
    }
  }

  /**
   * Refused. {@code problem} and {@code arguments} let the chat and the console say what is wrong
   * and how to fix it in their own words; the arguments are listed with each problem.
   */
  record Invalid(Problem problem, List<Object> arguments) implements VariableCheck {
    public Invalid {
      arguments = List.copyOf(arguments);
    }

    public Object[] args() {
      return arguments.toArray();
    }
  }

  /** What is wrong with a value. */
  enum Problem {
    /** A required blank left empty; argument: its label. */
    REQUIRED,
    /** Longer than allowed; arguments: label, length, most allowed. */
    TOO_LONG,
    /** Not one of the fixed choices; argument: the choices, comma separated. */
    NOT_A_CHOICE,
    /** The first letters of more than one choice; arguments: what was typed, those choices. */
    AMBIGUOUS_CHOICE,
    /** Not a phone number. */
    NOT_A_PHONE,
    /** Not an http(s) web address. */
    NOT_A_URL,
    /** Not a time or date-time {@link TimeReader} reads; arguments: what was typed, an example. */
    NOT_A_TIME,
    /** A blank that looks back given a time still to come; arguments: label, the time as read. */
    NOT_YET,
    /** A blank that looks ahead given a time gone by; arguments: label, the time as read. */
    ALREADY_PASSED
  }
}
