package org.deptbot.core.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of the seed file (the top level, the department, a staff or channel entry). Values
 * are read from the YAML nodes rather than converted Java objects so that every problem keeps its
 * line, and a bad value is reported and skipped instead of stopping the whole read.
 */
final class YamlMapping {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final MappingNode node;
  private final Map<String, Node> values;
  private final SeedProblems problems;
  private String label;

  private YamlMapping(
      MappingNode node, Map<String, Node> values, String label, SeedProblems problems) {
    this.node = node;
    this.values = values;
    this.label = label;
    this.problems = problems;
  }

  /**
   * Reads {@code node} as a mapping with only {@code knownKeys}, reporting unknown and repeated
   * keys; returns {@code null} after reporting when the node is not a mapping at all.
   */
  static YamlMapping read(Node node, String label, List<String> knownKeys, SeedProblems problems) {
    if (isNull(node)) {
      problems.add(node, label + " is empty; fill it in");
      return null;
    }
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, label + " must be a set of 'key: value' lines, not " + describe(node));
      return null;
    }
    Map<String, Node> values = new HashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (key == null || !knownKeys.contains(key)) {
        String shown = key == null ? describe(keyNode) : "'" + key + "'";
        problems.add(
            keyNode,
            "unknown key %s in %s; known keys: %s"
                .formatted(shown, label, String.join(", ", knownKeys)));
      } else if (values.containsKey(key)) {
        problems.add(
            keyNode,
            "key '%s' appears twice in %s (first on line %d); keep only one"
                .formatted(key, label, keyLines.get(key)));
      } else {
        values.put(key, tuple.getValueNode());
        keyLines.put(key, SeedProblems.lineOf(keyNode));
      }
    }
    return new YamlMapping(mapping, values, label, problems);
  }

  /** The line where the mapping starts. */
  int line() {
    return SeedProblems.lineOf(node);
  }

  /** The line of a key's value, or of the mapping when the key is absent. */
  int lineOf(String key) {
    Node value = values.get(key);
    return value == null ? line() : SeedProblems.lineOf(value);
  }

  String label() {
    return label;
  }

  /** Reads the required {@code id} and, once it is known, names the entry by it in messages. */
  String id(String example) {
    String id = text("id", Integer.MAX_VALUE, "id: " + example);
    if (id != null && !ID.matcher(id).matches()) {
      String message =
          "id '%s' in %s is not allowed; use 1 to 64 letters, digits, dots, dashes or"
              + " underscores, such as %s";
      problems.add(lineOf("id"), message.formatted(id, label, example));
      return null;
    }
    if (id != null) {
      label = label + " " + id;
    }
    return id;
  }

  /** A required single value of at most {@code maxLength} characters, or {@code null}. */
  String text(String key, int maxLength, String example) {
    Node value = values.get(key);
    if (value == null || isNull(value)) {
      problems.add(
          value == null ? line() : SeedProblems.lineOf(value),
          label + " has no " + key + "; write it like '" + example + "'");
      return null;
    }
    return checkText(key, value, maxLength, "write it like '" + example + "'");
  }

  /** An optional single value; {@code null} when absent, left empty, or not valid. */
  String optionalText(String key, int maxLength) {
    Node value = values.get(key);
    return value == null || isNull(value)
        ? null
        : checkText(key, value, maxLength, "give a value or remove the line");
  }

  private String checkText(String key, Node value, int maxLength, String fix) {
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(value, key + " in " + label + " must be a single value, not " + describe(value));
      return null;
    }
    String text = scalar.getValue().strip();
    if (text.isEmpty()) {
      problems.add(value, key + " in " + label + " is empty; " + fix);
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      problems.add(
          value,
          key + " in " + label + " is " + length + " characters long; the limit is " + maxLength);
      return null;
    }
    return text;
  }

  /** An optional true/false value; {@code fallback} when absent or not valid. */
  boolean flag(String key, boolean fallback) {
    Node value = values.get(key);
    if (value == null || isNull(value)) {
      return fallback;
    }
    String text = value instanceof ScalarNode scalar ? scalar.getValue() : "";
    // YAML 1.1, which SnakeYAML follows, also reads yes/no and on/off as booleans.
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on":
        return true;
      case "false", "no", "off":
        return false;
      default:
        problems.add(
            value, key + " in " + label + " must be true or false, not " + describe(value));
        return fallback;
    }
  }

  /**
   * The items of a required, non-empty list, or {@code null} after reporting. {@code hint} says how
   * to write the list and ends every message about it.
   */
  List<Node> items(String key, String hint) {
    Node value = values.get(key);
    if (value == null) {
      problems.add(line(), label + " has no " + key + "; " + hint);
      return null;
    }
    if (isNull(value) || value instanceof SequenceNode list && list.getValue().isEmpty()) {
      problems.add(value, key + " in " + label + " is empty; " + hint);
      return null;
    }
    return listOf(key, value, hint);
  }

  /** The items of an optional list; empty when absent, {@code null} after reporting. */
  List<Node> optionalItems(String key, String hint) {
    Node value = values.get(key);
    return value == null || isNull(value) ? List.of() : listOf(key, value, hint);
  }

  /** The raw value node of a key, or {@code null} when absent. */
  Node value(String key) {
    return values.get(key);
  }

  private List<Node> listOf(String key, Node value, String hint) {
    if (value instanceof SequenceNode list) {
      return list.getValue();
    }
    problems.add(
        value, key + " in " + label + " must be a list, not " + describe(value) + "; " + hint);
    return null;
  }

  /** The text of a single value, or {@code null} when the node is a list or mapping. */
  static String scalar(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** Names what was found, for "must be X, not ..." messages. */
  static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a set of 'key: value' lines";
    }
    if (node instanceof ScalarNode scalar) {
      return isNull(node) ? "nothing" : "'" + scalar.getValue() + "'";
    }
    return "something else";
  }
}
