package org.deptbot.core.notices;

import java.util.Objects;

/**
 * One content check run on a notice preview before it is posted.
 *
 * @param id unique among a {@link Guardrails}' rules; shown in logs and config
 * @param kind how {@code expression} is read
 * @param expression a phrase or a Java regular expression, both matched ignoring case
 * @param action what a match does to the notice
 * @param reason shown to the dispatcher: what is wrong and how to fix it
 */
public record GuardrailRule(String id, Kind kind, String expression, Action action, String reason) {

  /** How a rule's expression is read. */
  public enum Kind {
    /** Words matched whole; any run of spaces in the phrase matches any run of spaces. */
    PHRASE,
    /** A Java regular expression. */
    PATTERN
  }

  /** What a match does to the notice. */
  public enum Action {
    /** The dispatcher is told and may still post. */
    WARN,
    /** The notice cannot be posted until the text is changed. */
    REFUSE
  }

  /** Rejects blank parts, which would make a rule that matches nothing or explains nothing. */
  public GuardrailRule {
    requireText(id, "id");
    Objects.requireNonNull(kind, "kind");
    requireText(expression, "expression");
    Objects.requireNonNull(action, "action");
    requireText(reason, "reason");
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("guardrail rule " + what + " must not be blank");
    }
  }
}
