package org.deptbot.core.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.staff.Role;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.templates.WordingBlanks;
import org.deptbot.core.zones.Zone;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the starter templates, each approved by an APPROVER in the file who did not write it. */
final class TemplateSection {

  private static final List<String> KEYS =
      List.of(
          "key",
          "category",
          "title",
          "body",
          "variables",
          "severity",
          "urgency",
          "expires_after",
          "channels",
          "author",
          "approved_by",
          "wording",
          "zones");
  private static final List<String> VARIABLE_KEYS =
      List.of("name", "label", "type", "required", "max_length", "choices", "when", "example");

  private TemplateSection() {}

  static List<SeedTemplate> read(
      List<Node> items,
      List<SeedStaffMember> staff,
      List<SeedChannel> channels,
      SeedProblems problems) {
    return read(items, staff, channels, List.of(), problems);
  }

  static List<SeedTemplate> read(
      List<Node> items,
      List<SeedStaffMember> staff,
      List<SeedChannel> channels,
      List<Zone> zones,
      SeedProblems problems) {
    Set<String> zoneIds = zones.stream().map(Zone::id).collect(Collectors.toSet());
    Map<String, SeedStaffMember> members =
        staff.stream()
            .collect(Collectors.toMap(SeedStaffMember::id, Function.identity(), (a, b) -> a));
    Set<String> channelIds = channels.stream().map(SeedChannel::id).collect(Collectors.toSet());
    Set<String> keys = new HashSet<>();
    List<SeedTemplate> templates = new ArrayList<>();
    for (Node item : items) {
      YamlMapping yaml = YamlMapping.read(item, "template entry", KEYS, problems);
      if (yaml == null) {
        continue;
      }
      int before = problems.all().size();
      String key = yaml.text("key", 40, "key: road_closure");
      if (key != null && !keys.add(key)) {
        problems.add(
            yaml.lineOf("key"), "template key '" + key + "' is used twice; keys are unique");
      }
      NoticeCategory category = category(yaml, problems);
      String title = yaml.text("title", 200, "title: \"Road closure: {{street}}\"");
      String body = yaml.text("body", 3000, "body: \"{{street}} is closed.\"");
      Severity severity = choice(yaml, "severity", Severity.class, Severity.MODERATE, problems);
      Urgency urgency = choice(yaml, "urgency", Urgency.class, Urgency.EXPECTED, problems);
      Duration expires = duration(yaml, problems);
      List<TemplateVariable> variables = variables(yaml, problems);
      List<String> targets = names(yaml, "channels", channelIds, "channel", problems);
      Map<String, TemplateWording> wordings = wordings(yaml, problems);
      sameBlanks(yaml, key, title, body, wordings, problems);
      List<String> zoneDefaults = names(yaml, "zones", zoneIds, "zone", problems);
      String author = member(yaml, "author", members, null, problems);
      String approver = member(yaml, "approved_by", members, Role.APPROVER, problems);
      if (author != null && author.equals(approver)) {
        problems.add(
            yaml.lineOf("approved_by"), "approved_by must be someone other than the author");
      }
      if (problems.all().size() == before) {
        try {
          // building the template checks its placeholders against its variables
          Template.draft(
                  key,
                  category,
                  title,
                  body,
                  variables,
                  severity,
                  urgency,
                  expires,
                  targets,
                  author,
                  Instant.EPOCH)
              .withWordings(wordings);
          templates.add(
              new SeedTemplate(
                  key,
                  category,
                  title,
                  body,
                  variables,
                  severity,
                  urgency,
                  expires,
                  targets,
                  author,
                  approver,
                  yaml.line(),
                  wordings,
                  zoneDefaults));
        } catch (IllegalArgumentException wrong) {
          problems.add(yaml.line(), "template " + key + ": " + wrong.getMessage());
        }
      }
    }
    return templates;
  }

  /**
   * The wording in further languages: {@code wording: {es: {title: ..., body: ...}}}, each with the
   * same blanks as the default wording.
   */
  private static Map<String, TemplateWording> wordings(YamlMapping yaml, SeedProblems problems) {
    Node node = yaml.value("wording");
    Map<String, TemplateWording> wordings = new java.util.LinkedHashMap<>();
    if (node == null || YamlMapping.isNull(node)) {
      return wordings;
    }
    if (!(node instanceof MappingNode mapping)) {
      problems.add(
          node,
          "wording must map a language to its title and body, like 'wording: {es: {title: ...,"
              + " body: ...}}'");
      return wordings;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String language = YamlMapping.scalar(tuple.getKeyNode());
      if (language == null || !language.matches("[a-z]{2,3}")) {
        problems.add(
            tuple.getKeyNode(),
            "wording language '" + language + "' is not a language code such as es");
        continue;
      }
      YamlMapping one =
          YamlMapping.read(
              tuple.getValueNode(), "wording " + language, List.of("title", "body"), problems);
      if (one == null) {
        continue;
      }
      String title = one.text("title", 200, "title: \"Calle cerrada: {{street}}\"");
      String body = one.text("body", 3000, "body: \"{{street}} está cerrada.\"");
      if (title != null && body != null) {
        wordings.put(language, new TemplateWording(title, body));
      }
    }
    return wordings;
  }

  /**
   * Every further language must use exactly the default wording's blanks, as the console requires:
   * one it lacks would leave its readers without that answer (a Spanish post without the street).
   */
  private static void sameBlanks(
      YamlMapping yaml,
      String key,
      String title,
      String body,
      Map<String, TemplateWording> wordings,
      SeedProblems problems) {
    if (title == null || body == null) {
      return; // the missing default is reported already
    }
    for (WordingBlanks differs : WordingBlanks.differences(title, body, wordings)) {
      StringBuilder says =
          new StringBuilder("template " + key + ": the " + differs.language() + " wording");
      if (!differs.missing().isEmpty()) {
        says.append(" lacks ").append(blanks(differs.missing()));
      }
      if (!differs.unknown().isEmpty()) {
        says.append(differs.missing().isEmpty() ? " has " : " and has ")
            .append(blanks(differs.unknown()))
            .append(", which the default wording does not use");
      }
      problems.add(
          languageLine(yaml, differs.language()),
          says + "; use the same blanks as the default wording");
    }
  }

  /** The line of {@code language}'s entry under {@code wording}. */
  private static int languageLine(YamlMapping yaml, String language) {
    if (yaml.value("wording") instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (language.equals(YamlMapping.scalar(tuple.getKeyNode()))) {
          return SeedProblems.lineOf(tuple.getKeyNode());
        }
      }
    }
    return yaml.lineOf("wording");
  }

  private static String blanks(List<String> names) {
    return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
  }

  private static NoticeCategory category(YamlMapping yaml, SeedProblems problems) {
    String text = yaml.text("category", 40, "category: ROAD_CLOSURE");
    if (text == null) {
      return null;
    }
    return NoticeCategory.fromText(text)
        .orElseGet(
            () -> {
              problems.add(
                  yaml.lineOf("category"),
                  "category '"
                      + text
                      + "' is not known; use one of "
                      + List.of(NoticeCategory.values()));
              return null;
            });
  }

  private static <E extends Enum<E>> E choice(
      YamlMapping yaml, String key, Class<E> type, E fallback, SeedProblems problems) {
    String text = yaml.optionalText(key, 20);
    if (text == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      problems.add(
          yaml.lineOf(key),
          key + " '" + text + "' is not known; use one of " + List.of(type.getEnumConstants()));
      return fallback;
    }
  }

  private static Duration duration(YamlMapping yaml, SeedProblems problems) {
    String text = yaml.optionalText("expires_after", 10);
    if (text == null) {
      return Duration.ofHours(24);
    }
    var m =
        java.util.regex.Pattern.compile("([0-9]{1,4})([mhd])")
            .matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      problems.add(
          yaml.lineOf("expires_after"),
          "expires_after '" + text + "' is not a duration; write it like 12h, 90m or 3d");
      return null;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  private static List<TemplateVariable> variables(YamlMapping yaml, SeedProblems problems) {
    List<Node> items =
        yaml.optionalItems("variables", "list each variable, starting with '- name: street'");
    List<TemplateVariable> variables = new ArrayList<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      YamlMapping v = YamlMapping.read(item, "variable", VARIABLE_KEYS, problems);
      if (v == null) {
        continue;
      }
      String name = v.text("name", 40, "name: street");
      VariableType type = choice(v, "type", VariableType.class, VariableType.TEXT, problems);
      TimeDirection when = choice(v, "when", TimeDirection.class, TimeDirection.FUTURE, problems);
      String maxText = v.optionalText("max_length", 5);
      int max = maxText != null && maxText.matches("[0-9]{1,5}") ? Integer.parseInt(maxText) : 0;
      List<String> choices =
          v.value("choices") instanceof SequenceNode list
              ? list.getValue().stream()
                  .map(n -> n instanceof ScalarNode s ? s.getValue() : "")
                  .toList()
              : List.of();
      try {
        variables.add(
            new TemplateVariable(
                name,
                v.optionalText("label", 120),
                type,
                v.flag("required", true),
                max,
                choices,
                when,
                v.optionalText("example", 200)));
      } catch (IllegalArgumentException wrong) {
        problems.add(v.lineOf("name"), wrong.getMessage());
      }
    }
    return variables;
  }

  private static List<String> names(
      YamlMapping yaml, String key, Set<String> known, String what, SeedProblems problems) {
    List<Node> items = yaml.optionalItems(key, "write it like '" + key + ": [tg-alerts]'");
    List<String> names = new ArrayList<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      String name = item instanceof ScalarNode s ? s.getValue() : "";
      if (!known.contains(name)) {
        problems.add(item, what + " '" + name + "' is not in the " + what + "s list");
      } else {
        names.add(name);
      }
    }
    return names;
  }

  private static String member(
      YamlMapping yaml,
      String key,
      Map<String, SeedStaffMember> members,
      Role role,
      SeedProblems problems) {
    String id = yaml.text(key, 64, key + ": s-010");
    if (id == null) {
      return null;
    }
    SeedStaffMember member = members.get(id);
    if (member == null) {
      problems.add(yaml.lineOf(key), key + " '" + id + "' is not in the staff list");
      return null;
    }
    if (role != null && !member.roles().contains(role)) {
      problems.add(
          yaml.lineOf(key),
          key + " '" + id + "' is not an " + role + "; only approvers approve templates");
      return null;
    }
    return id;
  }
}
