package org.deptbot.core.seed;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Urgency;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The seed file's {@code urgent_reports} section: the provisions whose reports are urgent, and how
 * soon such a case must be acknowledged before its handler is reminded and before it goes one level
 * up.
 *
 * <pre>
 * urgent_reports:
 *   provisions: [UNDERCOVER_OFFICER]
 *   remind_after: 30m       # optional, default 30m
 *   escalate_after: 2h      # optional, default 2h
 * </pre>
 */
final class UrgentSection {

  private static final List<String> KEYS = List.of("provisions", "remind_after", "escalate_after");
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,4})([mhd])");

  private UrgentSection() {}

  /** The section's urgency; {@link Urgency#NONE} when absent, null after reporting problems. */
  static Urgency read(Node node, SeedProblems problems) {
    if (node == null) {
      return Urgency.NONE;
    }
    YamlMapping yaml = YamlMapping.read(node, "urgent_reports", KEYS, problems);
    if (yaml == null) {
      return null;
    }
    Set<PolicyClause> provisions = EnumSet.noneOf(PolicyClause.class);
    List<Node> items =
        yaml.items("provisions", "list them, such as 'provisions: [UNDERCOVER_OFFICER]'");
    for (Node item : items == null ? List.<Node>of() : items) {
      String name = YamlMapping.scalar(item);
      try {
        provisions.add(PolicyClause.valueOf(name == null ? "" : name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        problems.add(
            item,
            "unknown provision '"
                + name
                + "' in urgent_reports; known provisions: "
                + Arrays.stream(PolicyClause.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
    }
    Duration remind = duration(yaml, "remind_after", Duration.ofMinutes(30), problems);
    Duration escalate = duration(yaml, "escalate_after", Duration.ofHours(2), problems);
    if (remind == null || escalate == null) {
      return null;
    }
    if (remind.compareTo(escalate) >= 0) {
      problems.add(
          yaml.lineOf("escalate_after"),
          "escalate_after in urgent_reports must be longer than remind_after, so the handler is"
              + " reminded before the case goes one level up");
      return null;
    }
    return new Urgency(provisions, remind, escalate);
  }

  private static Duration duration(
      YamlMapping yaml, String key, Duration fallback, SeedProblems problems) {
    String text = yaml.optionalText(key, 10);
    if (text == null) {
      return fallback;
    }
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      problems.add(
          yaml.lineOf(key), key + " '" + text + "' is not a duration; write it like 30m, 2h or 1d");
      return null;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
