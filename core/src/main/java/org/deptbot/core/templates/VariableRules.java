package org.deptbot.core.templates;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each variable type accepts, with an answer a dispatcher can act on when it does not. Times
 * are read by {@link TimeReader} in the department's time zone, a bare time in the direction the
 * blank looks ({@link TimeDirection}), and posted as {@link TimeShown} words them. A time on the
 * wrong side of now for its blank (a "last seen" still to come) is refused, not guessed at.
 */
public final class VariableRules {

  private final TimeReader reader;
  private final TimeShown shown;

  /** Month-first dates, wording from notice-posts.properties. */
  public VariableRules(Clock clock, ZoneId zone) {
    this(
        new TimeReader(clock, zone, DateOrder.MDY),
        new TimeShown(clock, zone, TimeShown.bundled()));
  }

  public VariableRules(TimeReader reader, TimeShown shown) {
    this.reader = reader;
    this.shown = shown;
  }

  /** A date and time still to come, as the department writes it ({@code 12/2/2026 19:00}). */
  public String laterExample() {
    return reader.laterExample();
  }

  public VariableCheck check(TemplateVariable variable, String raw) {
    String value = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (value.isEmpty()) {
      return variable.required()
          ? invalid(VariableCheck.Problem.REQUIRED, variable.label())
          : new VariableCheck.Valid("");
    }
    if (value.length() > variable.maxLength()) {
      return invalid(
          VariableCheck.Problem.TOO_LONG, variable.label(), value.length(), variable.maxLength());
    }
    if (!variable.choices().isEmpty()) {
      return choice(variable, value);
    }
    return switch (variable.type()) {
      case TEXT, LOCATION, PHOTO -> new VariableCheck.Valid(value);
      case PHONE -> phone(value);
      case URL -> url(value);
      case DATETIME -> dateTime(variable, value);
    };
  }

  /**
   * One of the blank's choices, matched ignoring case; the first letters are enough when only one
   * choice starts with them ("torn" is "Tornado warning"). Letters that start several choices are
   * answered with those choices, so the dispatcher can type more or pick one.
   */
  private static VariableCheck choice(TemplateVariable variable, String value) {
    for (String c : variable.choices()) {
      if (c.equalsIgnoreCase(value)) {
        return new VariableCheck.Valid(c);
      }
    }
    String typed = value.toLowerCase(java.util.Locale.ROOT);
    List<String> starting =
        variable.choices().stream()
            .filter(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith(typed))
            .toList();
    if (starting.size() == 1) {
      return new VariableCheck.Valid(starting.get(0));
    }
    if (starting.size() > 1) {
      return invalid(VariableCheck.Problem.AMBIGUOUS_CHOICE, value, String.join(", ", starting));
    }
    return invalid(VariableCheck.Problem.NOT_A_CHOICE, String.join(", ", variable.choices()));
  }

  private static VariableCheck phone(String value) {
    long digits = value.chars().filter(Character::isDigit).count();
    if (!value.matches("[+]?[0-9 ()./-]+") || digits < 3 || digits > 15) {
      return invalid(VariableCheck.Problem.NOT_A_PHONE);
    }
    return new VariableCheck.Valid(value);
  }

  private static VariableCheck url(String value) {
    try {
      URI uri = new URI(value);
      if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return new VariableCheck.Valid(value);
      }
    } catch (java.net.URISyntaxException notAUri) {
      // answered below
    }
    return invalid(VariableCheck.Problem.NOT_A_URL);
  }

  private VariableCheck dateTime(TemplateVariable variable, String value) {
    var read = reader.read(value, variable.when());
    if (read.isEmpty()) {
      return invalid(VariableCheck.Problem.NOT_A_TIME, value, reader.example());
    }
    ZonedDateTime at = read.get();
    String shown = this.shown.show(at);
    ZonedDateTime now = reader.now();
    if (variable.when() == TimeDirection.PAST && at.isAfter(now)) {
      return invalid(VariableCheck.Problem.NOT_YET, variable.label(), shown);
    }
    if (variable.when() == TimeDirection.FUTURE && at.isBefore(now)) {
      return invalid(VariableCheck.Problem.ALREADY_PASSED, variable.label(), shown);
    }
    return new VariableCheck.Valid(shown, at.toInstant());
  }

  /**
   * What a checked answer puts into a notice's values ({@link BlankValues}): the value under the
   * blank's name, and for a date-time blank its wording in each further language {@code template}
   * speaks, read from the same moment ("mar 1 dic, 23:40 CST" beside "Tue 1 Dec, 23:40 CST"). The
   * chat and the console both fill blanks through here, so a notice reads the same from either.
   */
  public Map<String, String> entries(
      TemplateVariable variable, VariableCheck.Valid valid, Template template) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(variable.name(), valid.value());
    if (variable.type() == VariableType.DATETIME && valid.at() != null) {
      ZonedDateTime at = valid.at().atZone(shown.zone());
      for (String language : template.wordings().keySet()) {
        out.put(BlankValues.key(variable.name(), language), shown.inLanguage(language).show(at));
      }
    }
    return out;
  }

  private static VariableCheck invalid(VariableCheck.Problem problem, Object... arguments) {
    return new VariableCheck.Invalid(problem, List.of(arguments));
  }
}
