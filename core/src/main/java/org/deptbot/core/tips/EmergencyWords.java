package org.deptbot.core.tips;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text that reads like an emergency in progress ("shots fired", "someone is hurt", "they are
 * breaking in"), so the bot can tell the sender to call 911 before anything else.
 *
 * <p>It deliberately errs on the side of the 911 reminder: a tip that merely mentions a gun or a
 * fire gets it too, and that costs one extra line. Missing a real emergency costs far more. The
 * only exceptions are a few everyday things named after fire (a fire hydrant, station, escape,
 * drill), which would otherwise trigger on every second tip about a parked car. It is a reminder,
 * not triage: a tip is never held back or refused because of it.
 */
public final class EmergencyWords {

  /** Whole words and phrases, matched case-insensitively on word boundaries. */
  private static final List<String> PHRASES =
      List.of(
          "happening (right )?now",
          "in progress",
          "going on (right )?now",
          "emergency",
          "911",
          "(someone|somebody|some one|people|person|he|she|they|i|we|my \\w+)"
              + "( is| are| am| was| were| got| has been| have been|'s|'s been|'re|'ve been|'m)"
              + " (hurt|injured|bleeding|dying|unconscious|shot|stabbed)",
          "bleeding",
          "unconscious",
          "not breathing",
          "(can't|cannot|can not|cant|couldn't) breathe",
          "guns?",
          "gunman",
          "gunfire",
          "(hand|shot)gun",
          "rifle",
          "pistol",
          "firearm",
          "weapons?",
          "knife",
          "knives",
          "shots?( were)? fired",
          "shooting",
          "shooter",
          "stabbed",
          "stabbing",
          "breaking in(to)?",
          "break(ing)?-in",
          "broke in(to)?",
          "intruder",
          "fire",
          "on fire",
          "explosion",
          "bomb",
          "gas leak",
          "help me",
          "help us",
          "please help",
          "being (attacked|followed|chased|beaten|hit|threatened|kidnapped)",
          "attacking",
          "kidnapp(ed|ing)",
          "abduct(ed|ing)",
          "hostage",
          "overdos(e|ed|ing)",
          "heart attack",
          "drowning",
          "suicide",
          "kill (myself|himself|herself|themselves|me|him|her|them|us)",
          "going to (kill|hurt|shoot)");

  /** Everyday things named after fire, taken out before matching. */
  private static final Pattern HARMLESS_FIRE =
      Pattern.compile("\\bfire (hydrants?|stations?|escapes?|drills?|trucks?|department|dept)\\b");

  private static final Pattern ALARMING =
      Pattern.compile("(?<![\\w'])(" + String.join("|", PHRASES) + ")(?![\\w'])");

  private EmergencyWords() {}

  /** Whether {@code text} reads like something happening now that needs 911. */
  public static boolean looksLikeEmergency(String text) {
    return firstMatch(text).isPresent();
  }

  /** The first alarming phrase found, for logs and tests. */
  public static Optional<String> firstMatch(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String normal =
        text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ");
    normal = HARMLESS_FIRE.matcher(normal).replaceAll(" ");
    Matcher m = ALARMING.matcher(normal);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
