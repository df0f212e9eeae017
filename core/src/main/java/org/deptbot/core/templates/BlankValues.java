package org.deptbot.core.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notice's filled blanks in every language. The values a notice keeps are the default language's
 * under each blank's name ({@code until}), and, where a further language reads a blank otherwise,
 * its own value under the blank's name and the language ({@code until@es}): a date-time blank
 * worded in that language from the moment it was read as, or a text blank the issuer gave in that
 * language too. A blank without its own value in a language reads the default value there, as every
 * value stored before languages does.
 *
 * <p>Blank names are lowercase letters, digits and underscores, so {@code @} never clashes with
 * one; a template's {@code {{name}}} never matches a language's value.
 */
public final class BlankValues {

  private static final char MARK = '@';

  private BlankValues() {}

  /** The key of blank {@code name}'s own value in {@code language} ({@code until@es}). */
  public static String key(String name, String language) {
    return name + MARK + language;
  }

  /** Whether {@code key} holds one language's own value rather than the default one. */
  public static boolean inOneLanguage(String key) {
    return key != null && key.indexOf(MARK) >= 0;
  }

  /** The blank a key belongs to: {@code until} for both {@code until} and {@code until@es}. */
  public static String blankOf(String key) {
    int at = key.indexOf(MARK);
    return at < 0 ? key : key.substring(0, at);
  }

  /**
   * The values as {@code language} reads them, by blank name: each blank's own value in it where
   * there is one, else the default one. Null or the default language gives the default values.
   */
  public static Map<String, String> in(String language, Map<String, String> values) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!inOneLanguage(key)) {
            out.put(key, value);
          }
        });
    if (language != null) {
      values.forEach(
          (key, value) -> {
            if (inOneLanguage(key) && key.endsWith(MARK + language)) {
              out.put(blankOf(key), value);
            }
          });
    }
    return out;
  }

  /**
   * The blanks whose answer {@code language}'s post uses as typed: free text with a word in it
   * ({@link TemplateVariable#answeredInEachLanguage()}) and no value of its own in that language.
   * The chat's and the console's previews name them, so the issuer knows a Spanish reader sees
   * "water main break" too.
   */
  public static List<TemplateVariable> usedAsTyped(
      Template template, Map<String, String> values, String language) {
    List<TemplateVariable> out = new ArrayList<>();
    for (TemplateVariable v : template.variables()) {
      String value = values.get(v.name());
      if (v.answeredInEachLanguage()
          && value != null
          && value.chars().anyMatch(Character::isLetter)
          && !givenIn(v.name(), language, values)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Whether blank {@code name} has its own value in {@code language}. */
  public static boolean givenIn(String name, String language, Map<String, String> values) {
    return values.containsKey(key(name, language));
  }

  /**
   * The values with blank {@code name} (and its value in every language) replaced by {@code
   * entries}: an answer given again drops what was given for the old one in further languages.
   */
  public static Map<String, String> replaced(
      Map<String, String> values, String name, Map<String, String> entries) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!blankOf(key).equals(name)) {
            out.put(key, value);
          }
        });
    out.putAll(entries);
    return out;
  }

  /** Only the default values, as a form showing one value per blank lists them. */
  public static Map<String, String> defaults(Map<String, String> values) {
    return in(null, values);
  }
}
