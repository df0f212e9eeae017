package org.deptbot.core.tips;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether a tip describes danger happening now (violence, weapons, domestic violence, a crash
 * with injuries, fire, a medical emergency) or someone at risk of harming themselves, in English
 * and Spanish, so the bot can tell the sender to call 911 (or 988) before anything else and the
 * desk can see the tip is urgent.
 *
 * <p>It errs on the side of the reminder: a tip that mentions a gun or a fire gets it, unless it
 * says that was in the past ("last week", "hace un mes"); missing a real emergency costs far more
 * than one extra line. It is a reminder, not triage: a tip is never held back or refused because of
 * it. The phrases are in {@link DangerPhrases}; a labelled corpus measures them (see README).
 */
public final class DangerReader {

  private static final Pattern SELF_HARM = words(DangerPhrases.SELF_HARM);
  private static final Pattern NOW = words(DangerPhrases.NOW);
  private static final Pattern UNLESS_PAST = words(DangerPhrases.UNLESS_PAST);
  private static final Pattern PAST = words(List.of(DangerPhrases.PAST));
  private static final Pattern HARMLESS = words(List.of(DangerPhrases.HARMLESS));
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private DangerReader() {}

  /** What {@code text} reads like: self-harm outranks another emergency. */
  public static Danger classify(String text) {
    String normal = normal(text);
    if (normal.isBlank()) {
      return Danger.NONE;
    }
    if (SELF_HARM.matcher(normal).find()) {
      return Danger.SELF_HARM;
    }
    return alarming(normal).isPresent() ? Danger.EMERGENCY : Danger.NONE;
  }

  /** Whether {@code text} reads like something happening now that needs 911 (or 988). */
  public static boolean looksLikeEmergency(String text) {
    return classify(text).urgent();
  }

  /** The first alarming phrase found, for logs and tests. */
  public static Optional<String> firstMatch(String text) {
    String normal = normal(text);
    Matcher self = SELF_HARM.matcher(normal);
    return self.find() ? Optional.of(self.group(1)) : alarming(normal);
  }

  private static Optional<String> alarming(String normal) {
    Matcher now = NOW.matcher(normal);
    if (now.find()) {
      return Optional.of(now.group(1));
    }
    Matcher maybe = UNLESS_PAST.matcher(normal);
    if (maybe.find() && !PAST.matcher(normal).find()) {
      return Optional.of(maybe.group(1));
    }
    return Optional.empty();
  }

  private static String normal(String text) {
    if (text == null) {
      return "";
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String normal =
        plain
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replace('‘', '\'')
            .replaceAll("[^\\w'\\s-]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return HARMLESS.matcher(normal).replaceAll(" ");
  }

  private static Pattern words(List<String> phrases) {
    return Pattern.compile("(?<![\\w'])(" + String.join("|", phrases) + ")(?![\\w'])");
  }
}
