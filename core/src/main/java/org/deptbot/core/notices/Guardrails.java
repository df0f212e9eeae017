package org.deptbot.core.notices;

import static org.deptbot.core.notices.GuardrailRule.Action.REFUSE;
import static org.deptbot.core.notices.GuardrailRule.Action.WARN;
import static org.deptbot.core.notices.GuardrailRule.Kind.PATTERN;
import static org.deptbot.core.notices.GuardrailRule.Kind.PHRASE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Content checks run on a notice preview before it is posted. IACP Model Policy IV.A.3.a(3): a
 * notice makes no statement about a suspect's guilt and carries no personal identifiers.
 *
 * <p>Rules are compiled once, here; {@link #check} is safe to call from many threads.
 */
public final class Guardrails {

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DATE =
      "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}"
          + "|"
          + MONTH
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}\\s+"
          + MONTH
          + ",?\\s+\\d{4})";

  private final List<GuardrailRule> rules;
  private final List<Pattern> patterns;

  /**
   * Compiles {@code rules}.
   *
   * @throws IllegalArgumentException if two rules share an id or a pattern does not compile
   */
  public Guardrails(List<GuardrailRule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    List<Pattern> compiled = new ArrayList<>();
    for (GuardrailRule rule : this.rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("guardrail rule id " + rule.id() + " is used twice");
      }
      compiled.add(compile(rule));
    }
    this.patterns = List.copyOf(compiled);
  }

  /**
   * The rules a department starts from, then tunes to its own wording. They catch the common cases
   * only: a clean check does not make a notice compliant, a person still reviews it.
   *
   * <ul>
   *   <li>REFUSE: Social Security numbers (bare, or after "SSN", "social security" or "social"),
   *       and dates of birth after "DOB", "date of birth", "birth date", "birthday" or "born"
   *       ("born and raised" has no date after it, so it passes).
   *   <li>WARN: words presuming guilt. "Convicted" warns even about real court records, because the
   *       text alone cannot tell; the dispatcher confirms.
   * </ul>
   */
  public static Guardrails defaults() {
    String noIds = " Remove it: notices carry no personal identifiers.";
    return new Guardrails(
        List.of(
            // The lookarounds keep it off longer digit runs such as 1-555-12-3456-7.
            new GuardrailRule(
                "ssn",
                PATTERN,
                "(?<![\\d-])\\d{3}([- ])\\d{2}\\1\\d{4}(?![\\d-])",
                REFUSE,
                "Looks like a Social Security number." + noIds),
            new GuardrailRule(
                "ssn-labelled",
                PATTERN,
                "\\b(?:SSN|social\\s+security(?:\\s+(?:number|no\\.?|#))?)\\s*[:#]?\\s*\\d(?:[\\d -]*\\d)?"
                    // "social" alone only before nine digits shaped like one
                    + "|\\bsocial\\s*[:#]?\\s*\\d{3}([- ]?)\\d{2}\\1\\d{4}(?![\\d-])",
                REFUSE,
                "Gives a Social Security number." + noIds),
            new GuardrailRule(
                "date-of-birth",
                PATTERN,
                "\\b(?:DOB|D\\.O\\.B\\.?|date[\\s-]+of[\\s-]+birth|birth[\\s-]?date|birthday|born)"
                    + "[\\s:=-]*(?:(?:is|was|on)\\s+)?"
                    + DATE,
                REFUSE,
                "Gives a date of birth." + noIds + " Give an age instead, e.g. \"age 34\"."),
            new GuardrailRule(
                "guilt-guilty",
                PATTERN,
                "\\b(?:is|are|was|were)\\s+guilty\\b",
                WARN,
                "States guilt, which only a court decides. Say \"is charged with\" instead."),
            new GuardrailRule(
                "guilt-perpetrator",
                PATTERN,
                "\\bthe\\s+perpetrators?\\b",
                WARN,
                "Presumes who did it. Say \"the suspect\" instead."),
            // "the criminal investigation division" and the like are about the case, not a person.
            new GuardrailRule(
                "guilt-criminal",
                PATTERN,
                "\\bthe\\s+criminals?\\b(?!\\s+(?:investigation|division|justice|case|court"
                    + "|complaint|record|history|code|mischief|trespass))",
                WARN,
                "Presumes the person is a criminal. Say \"the suspect\" instead."),
            new GuardrailRule(
                "guilt-confessed",
                PHRASE,
                "confessed",
                WARN,
                "Says someone confessed, a statement about guilt. Leave it out."),
            new GuardrailRule(
                "guilt-convicted",
                PHRASE,
                "convicted",
                WARN,
                "Keep \"convicted\" only for a court record; otherwise say \"charged with\".")));
  }

  /** The rules, in the order given. */
  public List<GuardrailRule> rules() {
    return rules;
  }

  /** Every match of every rule in {@code text}, by position; same position keeps rule order. */
  public List<GuardrailFinding> check(String text) {
    Objects.requireNonNull(text, "text");
    List<GuardrailFinding> findings = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Matcher m = patterns.get(i).matcher(text);
      while (m.find()) {
        // An empty match (a pattern like "x*") points at nothing the dispatcher could fix.
        if (m.end() > m.start()) {
          findings.add(new GuardrailFinding(rules.get(i), m.group(), m.start()));
        }
      }
    }
    findings.sort(Comparator.comparingInt(GuardrailFinding::start)); // stable: keeps rule order
    return onceEach(findings);
  }

  /**
   * Every finding in a post's {@code title} and {@code body} and in {@code revision}'s wording in
   * each further language: an answer given in one language reaches only that language's post.
   */
  public List<GuardrailFinding> checkEveryLanguage(
      String title, String body, NoticeRevision revision) {
    StringBuilder all = new StringBuilder(title).append('\n').append(body);
    revision
        .wordings()
        .values()
        .forEach(w -> all.append('\n').append(w.title()).append('\n').append(w.body()));
    return check(all.toString());
  }

  /**
   * Each thing found listed once: where two rules of the same action match overlapping text ("SSN
   * 123 45 6789" is both a labelled and a bare number) the first keeps it, and the same words found
   * again by the same rule are not repeated. A warning never hides a refusal.
   */
  private static List<GuardrailFinding> onceEach(List<GuardrailFinding> sorted) {
    List<GuardrailFinding> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GuardrailFinding f : sorted) {
      boolean overlaps =
          kept.stream()
              .anyMatch(k -> k.rule().action() == f.rule().action() && f.start() < k.end());
      String words = f.rule().id() + "\n" + f.matched().toLowerCase(java.util.Locale.ROOT);
      if (!overlaps && seen.add(words)) {
        kept.add(f);
      }
    }
    return List.copyOf(kept);
  }

  /** Whether any finding stops the notice from being posted. */
  public static boolean refuses(List<GuardrailFinding> findings) {
    return findings.stream().anyMatch(f -> f.rule().action() == REFUSE);
  }

  /** Whether any finding is a warning the dispatcher should see before posting. */
  public static boolean warns(List<GuardrailFinding> findings) {
    return findings.stream().anyMatch(f -> f.rule().action() == WARN);
  }

  private static Pattern compile(GuardrailRule rule) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    if (rule.kind() == PHRASE) {
      StringBuilder regex = new StringBuilder();
      for (String word : rule.expression().strip().split("[\\s\\p{Z}]+")) {
        regex.append(regex.isEmpty() ? "" : "[\\s\\p{Z}]+").append(Pattern.quote(word));
      }
      // Lookarounds, not \b: \b fails next to punctuation at a phrase's edge, as in "D.O.B."
      return Pattern.compile("(?<![\\p{L}\\p{N}_])" + regex + "(?![\\p{L}\\p{N}_])", flags);
    }
    try {
      return Pattern.compile(rule.expression(), flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "guardrail rule " + rule.id() + " has a bad pattern: " + e.getDescription(), e);
    }
  }
}
