package org.deptbot.admin.templates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A template form's wording in further languages cannot be used (a blank missing or unknown in a
 * language, a title left out, a language the department does not post in); nothing was changed.
 * Each problem names a message of the console's bundle, so the page and the API word it alike.
 */
class WordingsRefused extends IllegalArgumentException {

  /** One thing to fix: a message key and its arguments. */
  record Problem(String key, List<Object> arguments) {}

  private final List<Problem> problems;

  WordingsRefused(List<Problem> problems) {
    super(problems.stream().map(Problem::key).toList().toString());
    this.problems = List.copyOf(problems);
  }

  static Problem problem(String key, Object... arguments) {
    return new Problem(key, Arrays.asList(arguments));
  }

  List<Problem> problems() {
    return problems;
  }

  /** Each problem in words, in the order found. */
  List<String> worded(MessageSource messages, Locale locale) {
    return problems.stream()
        .map(p -> messages.getMessage(p.key(), p.arguments().toArray(), locale))
        .toList();
  }
}
