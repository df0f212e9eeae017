package org.deptbot.core.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one further language's wording differs from the default wording in the {@code {{blanks}}} it
 * uses. Every language must use exactly the default's blanks: one it lacks leaves its readers
 * without that answer, one the default does not use may be no blank at all.
 *
 * @param language the language code ({@code es})
 * @param missing blanks the default wording uses and this one does not, in the default's order
 * @param unknown blanks this wording uses and the default does not, in this wording's order
 */
public record WordingBlanks(String language, List<String> missing, List<String> unknown) {

  public WordingBlanks {
    missing = List.copyOf(missing);
    unknown = List.copyOf(unknown);
  }

  /**
   * The languages of {@code wordings} whose blanks differ from those of the default wording ({@code
   * title} and {@code body}), in the order of {@code wordings}; empty when all agree.
   */
  public static List<WordingBlanks> differences(
      String title, String body, Map<String, TemplateWording> wordings) {
    Set<String> wanted = used(title, body);
    List<WordingBlanks> out = new ArrayList<>();
    wordings.forEach(
        (language, wording) -> {
          Set<String> has = used(wording.title(), wording.body());
          List<String> missing = wanted.stream().filter(b -> !has.contains(b)).toList();
          List<String> unknown = has.stream().filter(b -> !wanted.contains(b)).toList();
          if (!missing.isEmpty() || !unknown.isEmpty()) {
            out.add(new WordingBlanks(language, missing, unknown));
          }
        });
    return out;
  }

  private static Set<String> used(String title, String body) {
    Set<String> names = new LinkedHashSet<>();
    names.addAll(TemplateText.placeholders(title == null ? "" : title));
    names.addAll(TemplateText.placeholders(body == null ? "" : body));
    return names;
  }
}
