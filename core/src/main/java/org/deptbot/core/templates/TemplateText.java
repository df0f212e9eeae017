package org.deptbot.core.templates;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template wording with {@code {{name}}} placeholders. A line whose placeholders are all empty is
 * left out, so optional details leave no "Detour: " stub behind; an answer that ends its own
 * sentence ("water main break.") takes the place of the full stop after it, so none is doubled.
 */
public final class TemplateText {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}");

  private TemplateText() {}

  /** The names used in {@code text}, in order of first use. */
  public static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Fills the placeholders with {@code values}; values are inserted as plain text. */
  public static String render(String text, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher m = PLACEHOLDER.matcher(line);
      boolean hasPlaceholder = false;
      boolean anyFilled = false;
      StringBuilder rendered = new StringBuilder();
      int from = 0;
      while (m.find()) {
        hasPlaceholder = true;
        String value = values.getOrDefault(m.group(1), "");
        anyFilled |= !value.isBlank();
        rendered.append(line, from, m.start()).append(value);
        from = m.end();
        if (value.matches("(?s).*[.!?]") && line.startsWith(".", from)) {
          from++;
        }
      }
      rendered.append(line, from, line.length());
      if (hasPlaceholder && !anyFilled) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(rendered);
    }
    return out.toString();
  }
}
