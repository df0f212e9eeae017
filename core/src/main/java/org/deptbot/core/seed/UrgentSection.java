package org.deptbot.core.seed;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The seed file's old {@code urgent_reports} section, deprecated by {@link ProvisionsSection}: one
 * pair of deadlines for every provision it lists. Still read, as that same deadline for each listed
 * provision (a provision the {@code provisions} section names keeps its own), and logged as
 * deprecated with how to write it now.
 *
 * <pre>
 * urgent_reports:
 *   provisions: [UNDERCOVER_OFFICER]
 *   remind_after: 30m       # optional, default 30m
 *   escalate_after: 2h      # optional, default 2h
 * </pre>
 */
final class UrgentSection {

  private static final Logger log = LoggerFactory.getLogger(UrgentSection.class);

  private static final List<String> KEYS = List.of("provisions", "remind_after", "escalate_after");

  private UrgentSection() {}

  /** Each listed provision's deadline; empty when absent, null after reporting problems. */
  static Map<PolicyClause, CaseUrgency.AckDeadline> read(Node node, SeedProblems problems) {
    Map<PolicyClause, CaseUrgency.AckDeadline> deadlines = new EnumMap<>(PolicyClause.class);
    if (node == null) {
      return deadlines;
    }
    YamlMapping yaml = YamlMapping.read(node, "urgent_reports", KEYS, problems);
    if (yaml == null) {
      return null;
    }
    List<PolicyClause> provisions = new java.util.ArrayList<>();
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
    for (PolicyClause p : provisions) {
      deadlines.put(p, new CaseUrgency.AckDeadline(remind, escalate));
    }
    log.warn(
        "The seed file's urgent_reports section (line {}) is deprecated; it is read as {}. Give"
            + " each provision its own deadline instead:\n{}",
        yaml.line(),
        provisions.isEmpty() ? "nothing urgent" : "the same deadline for each of " + provisions,
        newForm(provisions, remind, escalate));
    return deadlines;
  }

  /** The same deadlines written in the {@code provisions} section. */
  private static String newForm(List<PolicyClause> provisions, Duration remind, Duration escalate) {
    StringBuilder text = new StringBuilder("provisions:");
    for (PolicyClause p : provisions) {
      text.append("\n  ")
          .append(p.name())
          .append(":\n    ack_within: ")
          .append(SeedDuration.format(escalate));
      if (!remind.equals(escalate.dividedBy(2))) {
        text.append("\n    remind_after: ").append(SeedDuration.format(remind));
      }
    }
    return text.toString();
  }

  private static Duration duration(
      YamlMapping yaml, String key, Duration fallback, SeedProblems problems) {
    String text = yaml.optionalText(key, 10);
    if (text == null) {
      return fallback;
    }
    Duration d = SeedDuration.parse(text);
    if (d == null) {
      problems.add(
          yaml.lineOf(key), key + " '" + text + "' is not a duration; write it like 30m, 2h or 1d");
    }
    return d;
  }
}
