package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.notices.TestMessageRule;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The seed file's {@code test_messages}: notices the department sends by itself, marked as a test
 * on every post, at a time that comes back each month.
 *
 * <pre>
 * test_messages:
 *   - id: monthly
 *     template: monthly_test          # a template in this file, with no blank to fill in
 *     rule: "monthly first Wednesday 10:00"   # or "monthly day 15 10:00"; department's zone
 *     channels: [tg-alerts, dc-announcements]
 * </pre>
 */
final class TestMessageSection {

  private static final List<String> KEYS = List.of("id", "template", "rule", "channels");

  private TestMessageSection() {}

  static List<TestMessage> read(
      List<Node> items,
      List<SeedTemplate> templates,
      List<SeedChannel> channels,
      SeedProblems problems) {
    Map<String, SeedTemplate> byKey =
        templates.stream()
            .collect(Collectors.toMap(SeedTemplate::key, Function.identity(), (a, b) -> a));
    Set<String> channelIds = channels.stream().map(SeedChannel::id).collect(Collectors.toSet());
    Set<String> ids = new HashSet<>();
    List<TestMessage> out = new ArrayList<>();
    for (Node item : items) {
      YamlMapping yaml = YamlMapping.read(item, "test message", KEYS, problems);
      if (yaml == null) {
        continue;
      }
      int before = problems.all().size();
      String id = yaml.id("monthly");
      if (id != null && !ids.add(id)) {
        problems.add(yaml.lineOf("id"), "test message id '" + id + "' is used twice");
      }
      String key = yaml.text("template", 40, "template: monthly_test");
      SeedTemplate template = key == null ? null : byKey.get(key);
      if (key != null && template == null) {
        problems.add(
            yaml.lineOf("template"), "template '" + key + "' is not in the templates list");
      } else if (template != null
          && template.variables().stream().anyMatch(variable -> variable.required())) {
        problems.add(
            yaml.lineOf("template"),
            "template '"
                + key
                + "' has blanks to fill in; a test message goes out by itself, so its template"
                + " needs none");
      }
      String text = yaml.text("rule", 80, "rule: \"monthly first Wednesday 10:00\"");
      Optional<TestMessageRule> rule = TestMessageRule.parse(text);
      if (text != null && rule.isEmpty()) {
        problems.add(
            yaml.lineOf("rule"),
            "rule '"
                + text
                + "' is not one I can read; write it like 'monthly first Wednesday 10:00'"
                + " (first, second, third, fourth or last, any weekday) or 'monthly day 15 10:00'"
                + " (day 1 to 28), with a 24-hour time in the department's zone");
      }
      List<String> targets = new ArrayList<>();
      List<Node> channelItems =
          yaml.items("channels", "write it like 'channels: [tg-alerts, dc-announcements]'");
      for (Node channel : channelItems == null ? List.<Node>of() : channelItems) {
        String name = channel instanceof ScalarNode s ? s.getValue() : "";
        if (!channelIds.contains(name)) {
          problems.add(channel, "channel '" + name + "' is not in the channels list");
        } else {
          targets.add(name);
        }
      }
      if (problems.all().size() == before) {
        out.add(new TestMessage(id, key, rule.get(), targets));
      }
    }
    return out;
  }
}
