package org.deptbot.core.seed;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The seed file's {@code provisions} section: how soon a report citing a provision must be
 * acknowledged, for the provisions that cannot wait for the department's default (a provision
 * listed here makes its reports urgent). The handler is reminded halfway, or after {@code
 * remind_after}; at {@code ack_within} the case goes one level up.
 *
 * <pre>
 * provisions:
 *   UNDERCOVER_OFFICER:
 *     ack_within: 1h
 *   DISCLOSURE:
 *     ack_within: 2h
 *     remind_after: 30m   # optional, halfway by default
 * </pre>
 */
final class ProvisionsSection {

  private static final List<String> KEYS = List.of("ack_within", "remind_after");
  private static final List<String> PROVISIONS =
      Arrays.stream(PolicyClause.values()).map(Enum::name).toList();

  private ProvisionsSection() {}

  /** Each listed provision's deadline; empty when the section is absent. */
  static Map<PolicyClause, CaseUrgency.AckDeadline> read(Node node, SeedProblems problems) {
    Map<PolicyClause, CaseUrgency.AckDeadline> deadlines = new EnumMap<>(PolicyClause.class);
    if (node == null) {
      return deadlines;
    }
    YamlMapping all = YamlMapping.read(node, "provisions", PROVISIONS, problems);
    if (all == null) {
      return deadlines;
    }
    for (String name : PROVISIONS) {
      Node value = all.value(name);
      CaseUrgency.AckDeadline deadline = value == null ? null : deadline(name, value, problems);
      if (deadline != null) {
        deadlines.put(PolicyClause.valueOf(name), deadline);
      }
    }
    return deadlines;
  }

  private static CaseUrgency.AckDeadline deadline(String name, Node node, SeedProblems problems) {
    String label = "provision " + name;
    YamlMapping yaml = YamlMapping.read(node, label, KEYS, problems);
    if (yaml == null) {
      return null;
    }
    String within = yaml.text("ack_within", 10, "ack_within: 2h");
    Duration ackWithin = within == null ? null : duration(yaml, "ack_within", within, problems);
    String remind = yaml.optionalText("remind_after", 10);
    Duration remindAfter = remind == null ? null : duration(yaml, "remind_after", remind, problems);
    if (ackWithin == null || (remind != null && remindAfter == null)) {
      return null;
    }
    if (remindAfter == null) {
      return CaseUrgency.AckDeadline.within(ackWithin);
    }
    if (remindAfter.compareTo(ackWithin) >= 0) {
      problems.add(
          yaml.lineOf("remind_after"),
          "remind_after of "
              + label
              + " must be shorter than its ack_within, so the handler is reminded before the"
              + " case goes one level up");
      return null;
    }
    return new CaseUrgency.AckDeadline(remindAfter, ackWithin);
  }

  private static Duration duration(
      YamlMapping yaml, String key, String text, SeedProblems problems) {
    Duration d = SeedDuration.parse(text);
    if (d == null) {
      problems.add(
          yaml.lineOf(key),
          key
              + " '"
              + text
              + "' of "
              + yaml.label()
              + " is not a duration; write it like 30m, 2h or 1d");
    }
    return d;
  }
}
