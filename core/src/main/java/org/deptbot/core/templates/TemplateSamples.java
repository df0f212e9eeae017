package org.deptbot.core.templates;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sample answers for a template's blanks, so an approver reads the wording as real sentences: the
 * blank's own {@code example} when it has one that its rules accept, else a plausible answer for
 * its type (the first choice, a time two hours ahead or half an hour ago, a street corner, a phone
 * number). Each sample goes through the same {@link VariableRules} as a dispatcher's answer, so a
 * time reads as it will be posted.
 */
public final class TemplateSamples {

  /** What stands in for a photo in a preview. */
  public static final String PHOTO = "photo:sample";

  private final VariableRules rules;

  public TemplateSamples(VariableRules rules) {
    this.rules = rules;
  }

  /**
   * A sample answer for every blank of {@code template}, by name; a time also worded in each
   * further language the template speaks ({@link VariableRules#entries}), as a notice's is.
   */
  public Map<String, String> of(Template template) {
    Map<String, String> values = new LinkedHashMap<>();
    for (TemplateVariable v : template.variables()) {
      if (v.type() != VariableType.PHOTO
          && rules.check(v, typed(v)) instanceof VariableCheck.Valid valid) {
        values.putAll(rules.entries(v, valid, template));
      } else {
        values.put(v.name(), sample(v));
      }
    }
    return values;
  }

  /** A sample answer for one blank, as it would be posted. */
  public String sample(TemplateVariable v) {
    if (v.type() == VariableType.PHOTO) {
      return PHOTO;
    }
    String typed = typed(v);
    if (rules.check(v, typed) instanceof VariableCheck.Valid valid) {
      return valid.value();
    }
    return typed.substring(0, Math.min(typed.length(), v.maxLength()));
  }

  /** What the sample answer is typed as: the blank's example when its rules accept it. */
  private String typed(TemplateVariable v) {
    if (v.example() != null && rules.check(v, v.example()) instanceof VariableCheck.Valid) {
      return v.example();
    }
    return !v.choices().isEmpty()
        ? v.choices().get(0)
        : switch (v.type()) {
          case TEXT -> "sample text";
          case DATETIME -> v.when() == TimeDirection.PAST ? "30 min ago" : "in 2 hours";
          case LOCATION -> "Main St and 3rd Ave";
          case PHONE -> "(555) 010-4400";
          case URL -> "https://police.example/more";
          case PHOTO -> PHOTO;
        };
  }
}
