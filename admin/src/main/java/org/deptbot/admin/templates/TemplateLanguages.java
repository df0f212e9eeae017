package org.deptbot.admin.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.WordingBlanks;
import org.springframework.stereotype.Component;

/**
 * The languages the department posts in, as the template form shows them, and the form's wording in
 * each further language put on a template: checked first, so a refusal changes nothing.
 */
@Component
class TemplateLanguages {

  /** A language as the form shows it: its code, its name in English, whether it is the default. */
  record Spoken(String code, String name, boolean preset) {}

  private final Departments departments;

  TemplateLanguages(Departments departments) {
    this.departments = departments;
  }

  /** The department's languages, the default first ({@code [en]} before a department is stored). */
  List<String> codes() {
    return departments
        .current()
        .map(Department::languages)
        .orElse(List.of(Department.DEFAULT_LANGUAGE));
  }

  List<Spoken> spoken() {
    List<String> codes = codes();
    return codes.stream().map(c -> new Spoken(c, name(c), c.equals(codes.get(0)))).toList();
  }

  /** A language's name in English, the console's language: "Spanish" for {@code es}. */
  static String name(String code) {
    return org.deptbot.admin.console.LanguageNames.of(code);
  }

  /**
   * {@code base} (the default wording and the further languages kept from the stored version) with
   * the form's further languages: a language given replaces the kept one, one given empty is
   * removed, one not given stays. Throws {@link WordingsRefused} naming, per language, each blank
   * that differs from the default wording's.
   */
  Template applied(Template base, TemplateForm form) {
    List<String> codes = codes();
    String preset = codes.get(0);
    List<WordingsRefused.Problem> problems = new ArrayList<>();
    Map<String, TemplateWording> result = new LinkedHashMap<>(base.wordings());
    Map<String, TemplateForm.Wording> given = form.wordings() == null ? Map.of() : form.wordings();
    for (var entry : given.entrySet()) {
      String code = entry.getKey() == null ? "" : entry.getKey().strip().toLowerCase(Locale.ROOT);
      TemplateForm.Wording wording = entry.getValue();
      if (code.equals(preset)) {
        problems.add(WordingsRefused.problem("templates.wording.default", name(preset)));
      } else if (!codes.contains(code)) {
        problems.add(
            WordingsRefused.problem(
                "templates.wording.not-spoken",
                code,
                codes.stream().map(TemplateLanguages::name).collect(Collectors.joining(", "))));
      } else if (wording == null || wording.empty()) {
        result.remove(code);
      } else if (wording.title() == null || wording.title().isBlank()) {
        problems.add(WordingsRefused.problem("templates.wording.title-needed", name(code)));
      } else {
        result.put(
            code,
            new TemplateWording(
                wording.title().strip(),
                wording.body() == null ? "" : wording.body().strip().replace("\r\n", "\n")));
      }
    }
    if (problems.isEmpty()) {
      Map<String, TemplateWording> checked = new LinkedHashMap<>();
      codes.stream().filter(result::containsKey).forEach(c -> checked.put(c, result.get(c)));
      for (WordingBlanks differs : WordingBlanks.differences(base.title(), base.body(), checked)) {
        String language = name(differs.language());
        if (differs.unknown().isEmpty()) {
          problems.add(
              WordingsRefused.problem(
                  "templates.wording.lacks", language, blanks(differs.missing()), name(preset)));
        } else if (differs.missing().isEmpty()) {
          problems.add(
              WordingsRefused.problem(
                  "templates.wording.unknown", language, blanks(differs.unknown()), name(preset)));
        } else {
          problems.add(
              WordingsRefused.problem(
                  "templates.wording.lacks-and-unknown",
                  language,
                  blanks(differs.missing()),
                  blanks(differs.unknown()),
                  name(preset)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new WordingsRefused(problems);
    }
    return base.withWordings(result);
  }

  private static String blanks(List<String> names) {
    return names.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(", "));
  }
}
