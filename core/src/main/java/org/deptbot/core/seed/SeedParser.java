package org.deptbot.core.seed;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.Zone;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks a department seed file. Every problem in the file is collected; if there is any,
 * {@link SeedFileInvalid} lists them all with their lines, so a file is either fully valid or not
 * used at all. Holds no state, so one instance can be shared.
 */
public final class SeedParser {

  // A real seed file is a few kilobytes; the limits only stop abuse such as alias bombs.
  private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
  private static final int MAX_ALIASES = 20;

  private static final List<String> TOP_KEYS =
      List.of(
          "department",
          "staff",
          "channels",
          "templates",
          "provisions",
          "urgent_reports",
          "zones",
          "findings",
          "cases",
          "test_messages");
  private static final List<String> DEPARTMENT_KEYS =
      List.of("name", "contact", "website", "disclaimer", "languages", "bounds");

  /** Reads the seed file at {@code file} (UTF-8); its path names it in messages. */
  public SeedFile parse(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw unreadable(source, "it is a folder, not a file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(source, reader);
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(source, "permission denied");
    } catch (IOException e) {
      throw unreadable(source, e.getMessage());
    }
  }

  /**
   * Reads a seed file from {@code reader}; {@code source} names it in messages.
   *
   * @throws SeedFileInvalid listing every problem, when there is at least one
   */
  public SeedFile parse(String source, Reader reader) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(loaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      throw new SeedFileInvalid(source, List.of(syntaxProblem(e)));
    } catch (YAMLException e) {
      String reason =
          e.getCause() instanceof CharacterCodingException
              ? "the file is not UTF-8 text; save it with UTF-8 encoding"
              : "cannot read the file: " + e.getMessage();
      throw new SeedFileInvalid(source, List.of(new SeedProblem(0, reason)));
    }
    SeedProblems problems = new SeedProblems();
    SeedFile seed = read(root, problems);
    if (!problems.isEmpty()) {
      throw new SeedFileInvalid(source, problems.all());
    }
    return seed;
  }

  /**
   * Reads only the staff list of a seed file, for a roster import: the same format and checks as
   * the staff section, with the department and the other sections optional and not read.
   *
   * @throws SeedFileInvalid listing every problem in the staff list, when there is at least one
   */
  public List<SeedStaffMember> parseRoster(String source, Reader reader) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(loaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      throw new SeedFileInvalid(source, List.of(syntaxProblem(e)));
    } catch (YAMLException e) {
      throw new SeedFileInvalid(
          source, List.of(new SeedProblem(0, "cannot read: " + e.getMessage())));
    }
    SeedProblems problems = new SeedProblems();
    List<SeedStaffMember> staff = List.of();
    if (root == null) {
      problems.add(1, "the file is empty; it needs a staff list");
    } else {
      YamlMapping top = YamlMapping.read(root, "the file", TOP_KEYS, problems);
      List<Node> items =
          top == null
              ? null
              : top.items("staff", "list each staff member under it, starting with '- id: s-001'");
      staff = items == null ? List.of() : StaffSection.read(items, problems);
    }
    if (!problems.isEmpty()) {
      throw new SeedFileInvalid(source, problems.all());
    }
    return staff;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    // Only constructing Java objects honours this; for compose() YamlMapping reports duplicates.
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /** The parts are read even after problems, so one run reports everything. */
  private static SeedFile read(Node root, SeedProblems problems) {
    if (root == null) {
      problems.add(1, "the file is empty; it needs at least a department and a staff list");
      return null;
    }
    YamlMapping top = YamlMapping.read(root, "the file", TOP_KEYS, problems);
    if (top == null) {
      return null;
    }
    Bounds[] bounds = new Bounds[1];
    SeedDepartment department = department(top, bounds, problems);
    List<Node> staffItems =
        top.items("staff", "list each staff member under it, starting with '- id: s-001'");
    List<SeedStaffMember> staff =
        staffItems == null ? List.of() : StaffSection.read(staffItems, problems);
    List<Node> channelItems =
        top.optionalItems(
            "channels", "list each channel under it, starting with '- id: tg-alerts'");
    List<SeedChannel> channels =
        channelItems == null ? List.of() : ChannelSection.read(channelItems, problems);
    if (department != null) {
      ChannelSection.checkLanguages(channels, department.languages(), problems);
    }
    List<Node> zoneItems =
        top.optionalItems("zones", "list each zone under it, starting with '- id: downtown'");
    List<Zone> zones =
        zoneItems == null
            ? List.of()
            : ZoneSection.read(zoneItems, bounds[0], top.lineOf("zones"), problems);
    List<Node> templateItems =
        top.optionalItems(
            "templates", "list each template under it, starting with '- key: road_closure'");
    List<SeedTemplate> templates =
        templateItems == null
            ? List.of()
            : TemplateSection.read(templateItems, staff, channels, zones, problems);
    List<Node> testItems =
        top.optionalItems(
            "test_messages", "list each test message under it, starting with '- id: monthly'");
    List<TestMessage> testMessages =
        testItems == null
            ? List.of()
            : TestMessageSection.read(testItems, templates, channels, problems);
    var deadlines = ProvisionsSection.read(top.value("provisions"), problems);
    var deprecated = UrgentSection.read(top.value("urgent_reports"), problems);
    CaseUrgency urgency = null;
    if (deprecated != null) {
      deprecated.putAll(deadlines); // a provision named in both keeps its own
      urgency = new CaseUrgency(deprecated);
    }
    var findings = FindingsSection.read(top.value("findings"), top.value("cases"), problems);
    return problems.isEmpty()
        ? new SeedFile(
            department,
            staff,
            channels,
            templates,
            urgency,
            bounds[0],
            zones,
            findings,
            testMessages)
        : null;
  }

  /** The department; its bounds, when it has any, go in {@code bounds[0]}. */
  private static SeedDepartment department(
      YamlMapping top, Bounds[] bounds, SeedProblems problems) {
    Node node = top.value("department");
    if (node == null) {
      problems.add(top.line(), "the file has no department; add a 'department:' section");
      return null;
    }
    YamlMapping yaml = YamlMapping.read(node, "department", DEPARTMENT_KEYS, problems);
    if (yaml == null) {
      return null;
    }
    String name = yaml.text("name", 120, "name: Riverton Police Department");
    String contact = yaml.text("contact", 200, "contact: \"Non-emergency 555-0100\"");
    String website = yaml.optionalText("website", 500);
    if (website != null && !isWebAddress(website)) {
      problems.add(
          yaml.lineOf("website"),
          "website '"
              + website
              + "' is not a web address; write the full address, such as"
              + " https://police.riverton.example");
    }
    String disclaimer = yaml.optionalText("disclaimer", 300);
    List<String> languages = languages(yaml, problems);
    bounds[0] = ZoneSection.bounds(yaml.value("bounds"), problems);
    return name == null || contact == null
        ? null
        : new SeedDepartment(name, contact, website, disclaimer, languages);
  }

  /** The department's languages: two- or three-letter codes, the first the default. */
  private static List<String> languages(YamlMapping yaml, SeedProblems problems) {
    List<Node> items =
        yaml.optionalItems(
            "languages", "write it like 'languages: [en, es]' (the first is the default)");
    List<String> languages = new java.util.ArrayList<>();
    for (Node item : items == null ? List.<Node>of() : items) {
      String code = YamlMapping.scalar(item);
      code = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
      if (!code.matches("[a-z]{2,3}")) {
        problems.add(
            item,
            "language '" + code + "' is not a language code; write two letters such as en or es");
      } else if (languages.contains(code)) {
        problems.add(item, "language '" + code + "' is listed twice");
      } else {
        languages.add(code);
      }
    }
    return languages;
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static SeedProblem syntaxProblem(MarkedYAMLException e) {
    Mark where = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    StringBuilder message = new StringBuilder("YAML syntax error: ");
    if (e.getContext() != null && e.getContextMark() != null) {
      // SnakeYAML's context reads as a lead-in: "while parsing a flow sequence", "expected ...".
      message.append(e.getContext());
      message.append(" (from line ").append(e.getContextMark().getLine() + 1).append("), ");
    }
    message.append(e.getProblem()).append("; check the indentation, colons and quotes there");
    String text = message.toString().replaceAll("\\s+", " ");
    return new SeedProblem(where == null ? 0 : where.getLine() + 1, text);
  }

  private static SeedFileInvalid unreadable(String source, String reason) {
    return new SeedFileInvalid(
        source, List.of(new SeedProblem(0, "cannot read seed file " + source + ": " + reason)));
  }
}
