package org.deptbot.admin.console;

import java.util.Locale;

/** A language code as the console names it, in English, the console's language. */
public final class LanguageNames {

  private LanguageNames() {}

  /** "Spanish" for {@code es}; the code itself for one Java has no name for. */
  public static String of(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
