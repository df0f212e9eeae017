package org.deptbot.core.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deptbot.core.notices.QuickFormCursor.Rejected;

/**
 * Reads the one-line notice form, e.g. {@code road_closure street="Main St" until=18:00}.
 *
 * <p>The first word names the template; then come {@code name=value} pairs. A value is a bare word,
 * or is quoted with {@code "..."} (where {@code \"} and {@code \\} are escapes) or {@code '...'}
 * (where only {@code \'} is). Phone keyboards' curly quotes count as straight ones. Names and the
 * template key are case-insensitive and come out lower case. Whether the names suit the template is
 * the template's business; {@link #unknownNames} and {@link #missingNames} help.
 */
public final class QuickFormParser {

  /** Longest line accepted; a notice longer than this is not a quick notice. */
  public static final int MAX_LENGTH = 4000;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]{1,40}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
  private static final String EXAMPLE = "street=\"Main St\"";

  private QuickFormParser() {}

  /** Parses the text after {@code /notice }; {@code null} counts as empty. */
  public static QuickFormResult parse(String text) {
    String input = text == null ? "" : text;
    if (input.length() > MAX_LENGTH) {
      return new QuickFormResult.Invalid(
          "That is %d characters; the limit is %d. Shorten the values."
              .formatted(input.length(), MAX_LENGTH));
    }
    try {
      return new QuickFormResult.Parsed(form(new QuickFormCursor(input)));
    } catch (Rejected e) {
      return new QuickFormResult.Invalid(e.getMessage());
    }
  }

  /** Names in the form that {@code known} lacks (compared ignoring case), sorted. */
  public static List<String> unknownNames(QuickForm form, Set<String> known) {
    Set<String> lower = lowerCase(known);
    return form.values().keySet().stream().filter(n -> !lower.contains(n)).sorted().toList();
  }

  /**
   * Names in {@code required} (lower-cased) that the form does not give, sorted. A name given as
   * {@code name=""} counts as given: leaving it empty was deliberate.
   */
  public static List<String> missingNames(QuickForm form, Set<String> required) {
    return lowerCase(required).stream()
        .filter(n -> !form.values().containsKey(n))
        .sorted()
        .toList();
  }

  private static QuickForm form(QuickFormCursor in) {
    in.skipSpace();
    if (in.atEnd()) {
      throw new Rejected("Name a template, e.g. /notice road_closure " + EXAMPLE + " ...");
    }
    String key = in.word();
    if (key.indexOf('=') >= 0) {
      throw new Rejected("Start with the template name, e.g. /notice road_closure " + shown(key));
    }
    if (!KEY.matcher(key).matches()) {
      String dashless = key.replace('-', '_');
      String example = KEY.matcher(dashless).matches() ? dashless : "road_closure";
      throw new Rejected(
          "'%s' is not a template name; use up to 40 letters, digits and _, e.g. %s"
              .formatted(shown(key), example.toLowerCase(Locale.ROOT)));
    }
    Map<String, String> values = new LinkedHashMap<>();
    String lastName = null;
    String lastValue = null;
    for (in.skipSpace(); !in.atEnd(); in.skipSpace()) {
      int start = in.position();
      String name = in.name();
      if (in.atEnd() || in.peek() != '=') {
        throw new Rejected(notAPair(in.from(start), lastName, lastValue));
      }
      if (!NAME.matcher(name).matches()) {
        throw new Rejected(
            name.isEmpty()
                ? "A value has no name before =; write name=value, e.g. " + EXAMPLE
                : "'%s' is not a valid name; start with a letter, then letters, digits or _"
                    .formatted(shown(name)));
      }
      in.skip(); // the '='
      lastName = name.toLowerCase(Locale.ROOT);
      if (values.containsKey(lastName)) {
        throw new Rejected(lastName + " is given twice; keep one.");
      }
      lastValue = in.value(lastName);
      values.put(lastName, lastValue);
    }
    return new QuickForm(key.toLowerCase(Locale.ROOT), values);
  }

  /**
   * Explains a word without {@code =}. Usually the dispatcher meant it as part of the previous
   * value (street=Main St), so the example quotes exactly that.
   */
  private static String notAPair(String rest, String lastName, String lastValue) {
    String[] words = rest.strip().split("[\\s\\p{Z}]+");
    String example = EXAMPLE;
    if (lastName != null) {
      StringBuilder joined = new StringBuilder(lastValue);
      for (String w : words) {
        if (w.indexOf('=') >= 0) {
          break;
        }
        joined.append(' ').append(w);
      }
      if (joined.length() <= 60) {
        example = lastName + "=\"" + joined + "\"";
      }
    }
    return "'%s' is not name=value; put values with spaces in quotes: %s"
        .formatted(shown(words[0]), example);
  }

  /** Keeps a pasted wall of text from flooding the reply. */
  private static String shown(String token) {
    return token.length() <= 30 ? token : token.substring(0, 27) + "...";
  }

  private static Set<String> lowerCase(Set<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
