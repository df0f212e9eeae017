package org.deptbot.core.templates;

import java.util.List;
import java.util.Objects;

/**
 * One blank in a template, such as the street of a road closure.
 *
 * @param name the placeholder name in the text, {@code {{street}}}
 * @param label how the bot asks for it ("Which street is closed?")
 * @param type what it holds
 * @param required whether the notice can go out without it
 * @param maxLength the longest value accepted
 * @param choices when not empty, the only values accepted (matched ignoring case)
 */
public record TemplateVariable(
    String name,
    String label,
    VariableType type,
    boolean required,
    int maxLength,
    List<String> choices) {

  public TemplateVariable {
    Objects.requireNonNull(type, "type");
    if (name == null || !name.matches("[a-z][a-z0-9_]{0,39}")) {
      throw new IllegalArgumentException(
          "variable names are lower case letters, digits and _, starting with a letter: " + name);
    }
    label = label == null || label.isBlank() ? name : label.strip();
    maxLength = maxLength <= 0 ? type.defaultMaxLength() : maxLength;
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public static TemplateVariable required(String name, String label, VariableType type) {
    return new TemplateVariable(name, label, type, true, 0, List.of());
  }

  public static TemplateVariable optional(String name, String label, VariableType type) {
    return new TemplateVariable(name, label, type, false, 0, List.of());
  }

  /** Checks a typed value; see {@link VariableRules} for what each type accepts. */
  public VariableCheck check(String raw, VariableRules rules) {
    return rules.check(this, raw);
  }
}
