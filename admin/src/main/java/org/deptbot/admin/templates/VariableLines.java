package org.deptbot.admin.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.VariableType;

/**
 * A template's blanks as lines of text, one blank a line, so they can be typed in one box on a
 * phone: {@code name | label | TYPE | required | max length | choice, choice | example}, the
 * example being a sample answer the approver's preview is filled with. Only the name is needed; the
 * rest defaults to a required text blank labelled with its name. A date-time blank's type may say
 * which way it looks: {@code DATETIME past} (last seen) or {@code DATETIME future} (reopens, the
 * default).
 */
final class VariableLines {

  private VariableLines() {}

  static List<TemplateVariable> parse(String text) {
    List<TemplateVariable> variables = new ArrayList<>();
    if (text == null) {
      return variables;
    }
    int number = 0;
    for (String line : text.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts =
          Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
      try {
        String[] type = part(parts, 2, "TEXT").toUpperCase(Locale.ROOT).split("\\s+");
        if (type.length > 2) {
          throw new IllegalArgumentException("write the type as TYPE, or DATETIME past or future");
        }
        variables.add(
            new TemplateVariable(
                parts[0],
                part(parts, 1, parts[0]),
                VariableType.valueOf(type[0]),
                !part(parts, 3, "required").equalsIgnoreCase("optional"),
                Integer.parseInt(part(parts, 4, "0")),
                part(parts, 5, "").isEmpty()
                    ? List.of()
                    : Arrays.stream(parts[5].split(",")).map(String::strip).toList(),
                type.length == 2 ? TimeDirection.valueOf(type[1]) : TimeDirection.FUTURE,
                part(parts, 6, null)));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException("Blank on line " + number + ": " + bad.getMessage());
      }
    }
    return variables;
  }

  static String format(List<TemplateVariable> variables) {
    StringBuilder text = new StringBuilder();
    for (TemplateVariable v : variables) {
      text.append(v.name())
          .append(" | ")
          .append(v.label())
          .append(" | ")
          .append(v.type())
          .append(v.when() == TimeDirection.PAST ? " past" : "")
          .append(" | ")
          .append(v.required() ? "required" : "optional")
          .append(" | ")
          .append(v.maxLength());
      if (!v.choices().isEmpty() || v.example() != null) {
        text.append(" | ").append(String.join(", ", v.choices()));
      }
      if (v.example() != null) {
        text.append(" | ").append(v.example());
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String part(String[] parts, int index, String otherwise) {
    return index < parts.length && !parts[index].isEmpty() ? parts[index] : otherwise;
  }
}
