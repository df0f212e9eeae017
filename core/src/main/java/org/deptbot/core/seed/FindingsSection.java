package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deptbot.core.reports.Findings;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The seed file's {@code findings} and {@code cases} sections: the department's findings, most
 * serious first, and whether a closed case's reporter is told each allegation's finding in plain
 * words. Listing findings replaces the standard five; a standard code listed without a label or
 * meaning keeps its standard wording (in every language), and a department's own finding reads the
 * same in every language.
 *
 * <pre>
 * findings:
 *   - code: SUSTAINED
 *     label: Founded
 *   - code: NOT_SUSTAINED
 *   - code: EXONERATED
 *   - code: UNFOUNDED
 *   - code: MEDIATED
 *     label: Mediated
 *     meaning: it was settled between the people involved
 * cases:
 *   tell-reporter-finding: true
 * </pre>
 */
final class FindingsSection {

  private static final List<String> KEYS = List.of("code", "label", "meaning");
  private static final List<String> CASE_KEYS = List.of("tell-reporter-finding");

  private FindingsSection() {}

  /** The settings the two sections give; the standard ones where absent. */
  static Findings.Settings read(Node findingsNode, Node casesNode, SeedProblems problems) {
    boolean tell = false;
    if (casesNode != null) {
      YamlMapping cases = YamlMapping.read(casesNode, "cases", CASE_KEYS, problems);
      tell = cases != null && cases.flag("tell-reporter-finding", false);
    }
    if (findingsNode == null) {
      return new Findings.Settings(Findings.DEFAULTS, tell);
    }
    List<Findings.Finding> findings = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    if (!(findingsNode instanceof org.yaml.snakeyaml.nodes.SequenceNode list)) {
      problems.add(
          findingsNode,
          "findings must be a list, starting with '- code: SUSTAINED', most serious first");
      return new Findings.Settings(Findings.DEFAULTS, tell);
    }
    for (Node item : list.getValue()) {
      YamlMapping yaml = YamlMapping.read(item, "finding", KEYS, problems);
      if (yaml == null) {
        continue;
      }
      String code = yaml.text("code", 40, "code: SUSTAINED");
      if (code == null) {
        continue;
      }
      code = code.toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z][A-Z0-9_]*")) {
        problems.add(
            yaml.lineOf("code"),
            "finding code '"
                + code
                + "' may hold only letters, digits and _, such as NOT_SUSTAINED");
        continue;
      }
      if (codes.contains(code)) {
        problems.add(yaml.lineOf("code"), "finding " + code + " is listed twice");
        continue;
      }
      codes.add(code);
      String label = yaml.optionalText("label", 60);
      String meaning = yaml.optionalText("meaning", 200);
      String known = code;
      Findings.Finding standard =
          Findings.DEFAULTS.stream().filter(f -> f.code().equals(known)).findFirst().orElse(null);
      Map<String, String> labels = new HashMap<>(standard == null ? Map.of() : standard.labels());
      Map<String, String> meanings =
          new HashMap<>(standard == null ? Map.of() : standard.meanings());
      if (label != null) {
        labels.clear();
        labels.put("en", label);
      } else if (standard == null) {
        problems.add(
            yaml.line(), "finding " + code + " is not a standard one; give it a label: Mediated");
        continue;
      }
      if (meaning != null) {
        meanings.clear();
        meanings.put("en", meaning);
      }
      findings.add(new Findings.Finding(code, labels, meanings));
    }
    if (findings.isEmpty()) {
      if (list.getValue().isEmpty()) {
        problems.add(findingsNode, "findings is empty; list at least one, or remove the section");
      }
      return new Findings.Settings(Findings.DEFAULTS, tell);
    }
    return new Findings.Settings(findings, tell);
  }
}
