package org.deptbot.admin.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deptbot.core.notices.EveryLanguagePost;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;

/**
 * The notice forms' optional answers in each further language a template speaks: one field per
 * free-text blank ({@link TemplateVariable#answeredInEachLanguage()}), named {@code
 * v.<blank>@<language>}. A field left empty means that language's post uses the default answer as
 * typed, as in the chat. A language's part starts open when it has an answer, or a wrong one.
 */
record OwnAnswers(String language, String heading, boolean open, List<Field> fields) {

  /** One blank's field in one language. */
  record Field(String key, String label, int maxLength, String value) {}

  /**
   * The parts of {@code template}'s form, filled from {@code values}; {@code check} may be null.
   */
  static List<OwnAnswers> of(Template template, Map<String, String> values, NoticeCheck check) {
    List<TemplateVariable> blanks =
        template.variables().stream().filter(TemplateVariable::answeredInEachLanguage).toList();
    List<OwnAnswers> out = new ArrayList<>();
    if (blanks.isEmpty()) {
      return out;
    }
    for (String language : template.wordings().keySet()) {
      String heading = EveryLanguagePost.heading(language);
      List<Field> fields = new ArrayList<>();
      boolean open = false;
      for (TemplateVariable v : blanks) {
        String key = BlankValues.key(v.name(), language);
        String value = values == null ? null : values.get(key);
        open |=
            (value != null && !value.isBlank())
                || (check != null && check.invalid().containsKey(key));
        fields.add(new Field(key, v.label() + " (" + heading + ")", v.maxLength(), value));
      }
      out.add(new OwnAnswers(language, heading, open, fields));
    }
    return out;
  }
}
