package org.deptbot.core.notices;

import java.util.Objects;

/**
 * A place in a notice where a {@link GuardrailRule} matched.
 *
 * @param rule the rule that matched
 * @param matched the text it matched
 * @param start where {@code matched} begins in the checked text
 */
public record GuardrailFinding(GuardrailRule rule, String matched, int start) {

  public GuardrailFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(matched, "matched");
  }

  /** Where {@code matched} ends (exclusive) in the checked text. */
  public int end() {
    return start + matched.length();
  }

  /** The line shown to the dispatcher, e.g. {@code Cannot post "###-##-####": Looks like ...}. */
  public String message() {
    // Refused text is usually a personal identifier; the reply must not post it to chat again.
    // Digits are what identify, so masking them keeps the shape recognisable and the value hidden.
    return rule.action() == GuardrailRule.Action.REFUSE
        ? "Cannot post \"" + matched.replaceAll("\\d", "#") + "\": " + rule.reason()
        : "Check \"" + matched + "\": " + rule.reason();
  }
}
