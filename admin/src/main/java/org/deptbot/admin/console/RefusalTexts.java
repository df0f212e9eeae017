package org.deptbot.admin.console;

import java.util.Locale;
import org.deptbot.core.TransitionRefused;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a core refusal for the person who asked, from the console's message bundle: {@code
 * case.refused.WRONG_STATE} for a case in the wrong state, and so on.
 */
@Component
public class RefusalTexts {

  private final MessageSource messages;

  public RefusalTexts(MessageSource messages) {
    this.messages = messages;
  }

  public String explain(TransitionRefused refused, Locale locale) {
    String record =
        refused
            .getClass()
            .getSimpleName()
            .replaceAll("(Transition)?Refused$", "")
            .toLowerCase(Locale.ROOT);
    return messages.getMessage(
        record + ".refused." + refused.reason().name(),
        refused.arguments(),
        refused.getMessage(),
        locale);
  }

  /** What to change in the input, for the person who typed it. */
  public String explain(BadInput bad, Locale locale) {
    return word(bad.key(), locale);
  }

  /** A message of the console's bundle with no arguments. */
  public String word(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
