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
 * @param when for a date-time blank, whether it looks back ("last seen") or ahead ("reopens");
 *     missing in templates stored before blanks had a direction, which look ahead
 * @param example a sample answer, typed as a dispatcher would ("water main break"), so approvers
 *     read the wording as real sentences; null for none (see {@link TemplateSamples})
 */
public record TemplateVariable(
    String name,
    String label,
    VariableType type,
    boolean required,
    int maxLength,
    List<String> choices,
    TimeDirection when,
    String example) {

  public TemplateVariable {
    Objects.requireNonNull(type, "type");
    if (name == null || !name.matches("[a-z][a-z0-9_]{0,39}")) {
      throw new IllegalArgumentException(
          "variable names are lower case letters, digits and _, starting with a letter: " + name);
    }
    label = label == null || label.isBlank() ? name : label.strip();
    maxLength = maxLength <= 0 ? type.defaultMaxLength() : maxLength;
    choices = choices == null ? List.of() : List.copyOf(choices);
    when = when == null ? TimeDirection.FUTURE : when;
    example = example == null || example.isBlank() ? null : example.strip();
  }

  /** A blank without an example answer. */
  public TemplateVariable(
      String name,
      String label,
      VariableType type,
      boolean required,
      int maxLength,
      List<String> choices,
      TimeDirection when) {
    this(name, label, type, required, maxLength, choices, when, null);
  }

  /** The same blank, looking {@code when}. */
  public TemplateVariable withWhen(TimeDirection when) {
    return new TemplateVariable(name, label, type, required, maxLength, choices, when, example);
  }

  /** The same blank, with {@code example} as its sample answer. */
  public TemplateVariable withExample(String example) {
    return new TemplateVariable(name, label, type, required, maxLength, choices, when, example);
  }

  /** The same blank, called {@code label} (its answer in another language, say). */
  public TemplateVariable withLabel(String label) {
    return new TemplateVariable(name, label, type, required, maxLength, choices, when, example);
  }

  /** A blank that looks ahead: what every blank was before blanks had a direction. */
  public TemplateVariable(
      String name,
      String label,
      VariableType type,
      boolean required,
      int maxLength,
      List<String> choices) {
    this(name, label, type, required, maxLength, choices, TimeDirection.FUTURE);
  }

  /**
   * Whether a further language may have its own answer to this blank ({@link BlankValues}): free
   * text without choices. Numbers, times, places, links, phone numbers, photos and choices read the
   * same in every language (a time is worded in each by itself).
   */
  public boolean answeredInEachLanguage() {
    return type == VariableType.TEXT && (choices == null || choices.isEmpty());
  }

  /**
   * The key of the hint shown beside the blank: its type, and for a date-time blank its direction
   * ({@code DATETIME_PAST}, {@code DATETIME_FUTURE}).
   */
  public String hintKey() {
    return type == VariableType.DATETIME ? type.name() + "_" + when.name() : type.name();
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
