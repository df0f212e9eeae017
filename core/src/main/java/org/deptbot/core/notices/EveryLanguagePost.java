package org.deptbot.core.notices;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One post carrying a revision in every language it has, for a channel whose language is {@code
 * all}: the titles side by side ("Road closure: Main St / Calle cerrada: Main St"), then each
 * language's body under a heading with the language's own name ("English", "Español"), the default
 * first; the banners of every language on one line each; the department's footer once, in the
 * default language. It is measured against the platforms' limits like any post ({@link
 * PostLimits}): a preview refuses it when it does not fit.
 */
public final class EveryLanguagePost {

  private EveryLanguagePost() {}

  /**
   * The combined post of {@code byLanguage} (in order, the default first). One language gives its
   * own post, unchanged.
   */
  public static NoticeText of(Map<String, NoticeText> byLanguage) {
    List<NoticeText> texts = List.copyOf(byLanguage.values());
    NoticeText first = texts.get(0);
    if (texts.size() == 1) {
      return first;
    }
    int bannerCount = texts.stream().mapToInt(t -> t.banners().size()).max().orElse(0);
    List<String> banners = new ArrayList<>();
    for (int i = 0; i < bannerCount; i++) {
      Set<String> line = new LinkedHashSet<>();
      for (NoticeText text : texts) {
        if (i < text.banners().size()) {
          line.add(text.banners().get(i));
        }
      }
      banners.add(String.join(" / ", line));
    }
    Set<String> titles = new LinkedHashSet<>();
    texts.forEach(t -> titles.add(t.title()));
    List<String> sections = new ArrayList<>();
    byLanguage.forEach((language, text) -> sections.add(heading(language) + "\n" + text.body()));
    return new NoticeText(
        first.noticeId(),
        first.severity(),
        banners,
        String.join(" / ", titles),
        String.join("\n\n", sections),
        first.footer(),
        first.disclaimer(),
        first.photoValue());
  }

  /** A language's name in its own words, as the heading of its part: "English", "Español". */
  public static String heading(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String name = locale.getDisplayLanguage(locale);
    return name.isBlank() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
