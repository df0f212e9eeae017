package org.deptbot.admin.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.deptbot.core.seed.SeedProblem;
import org.deptbot.core.seed.SeedStaffMember;
import org.deptbot.core.staff.Role;

/**
 * Reads a roster from CSV, as exported from a spreadsheet: a header line naming the columns {@code
 * id, name, roles} and optionally {@code supervisor, telegram, discord, active}, then one member a
 * line. Roles are separated by semicolons or spaces ({@code SUPERVISOR;APPROVER}). The same checks
 * as the seed file's staff list apply to each line, and every problem is reported with its line.
 */
final class RosterCsv {

  /** The members read, and every problem found; the members count only if there is none. */
  record Read(List<SeedStaffMember> members, List<SeedProblem> problems) {}

  private static final List<String> COLUMNS =
      List.of("id", "name", "roles", "supervisor", "telegram", "discord", "active");
  private static final Pattern TELEGRAM = Pattern.compile("[0-9]{1,20}");
  private static final Pattern DISCORD = Pattern.compile("[0-9]{17,20}");

  private final List<SeedProblem> problems = new ArrayList<>();
  private final List<SeedStaffMember> members = new ArrayList<>();
  private final Map<String, Integer> firstLine = new HashMap<>();
  private Map<String, Integer> columns;
  private int line;

  private RosterCsv() {}

  static Read read(String text) {
    RosterCsv csv = new RosterCsv();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      csv.line = i + 1;
      String raw = lines[i];
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      List<String> cells = csv.cells(raw);
      if (cells != null) {
        if (csv.columns == null) {
          csv.header(cells);
        } else {
          csv.member(cells);
        }
      }
    }
    if (csv.columns == null && csv.problems.isEmpty()) {
      csv.problem(1, "the file is empty; start with a header line such as id,name,roles");
    }
    return new Read(List.copyOf(csv.members), List.copyOf(csv.problems));
  }

  private void header(List<String> cells) {
    columns = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        problem(
            line, "column '" + cells.get(i) + "' is not known; use " + String.join(", ", COLUMNS));
      }
      columns.put(name, i);
    }
    for (String needed : List.of("id", "name", "roles")) {
      if (!columns.containsKey(needed)) {
        problem(line, "the header has no '" + needed + "' column");
      }
    }
  }

  private void member(List<String> cells) {
    int before = problems.size();
    String id = cell(cells, "id");
    String name = cell(cells, "name");
    if (!NewMember.ID.matcher(id).matches()) {
      problem(line, "id '" + id + "' is not allowed; use 1 to 64 letters, digits, . _ or -");
    } else if (firstLine.putIfAbsent("id:" + id, line) != null) {
      problem(
          line,
          "staff id '" + id + "' is used twice (first on line " + firstLine.get("id:" + id) + ")");
    }
    if (name.isEmpty() || name.length() > 120) {
      problem(line, "the name is missing or longer than 120 characters");
    }
    Set<Role> roles = roles(cell(cells, "roles"));
    String supervisor = blankToNull(cell(cells, "supervisor"));
    if (supervisor != null && supervisor.equals(id)) {
      problem(line, id + " is their own supervisor; name someone else or leave it empty");
    }
    String telegram = account(cells, "telegram", TELEGRAM, "digits only");
    String discord = account(cells, "discord", DISCORD, "17 to 20 digits");
    Boolean active = active(cell(cells, "active"));
    if (problems.size() == before) {
      members.add(
          new SeedStaffMember(id, name, roles, supervisor, active, telegram, discord, line));
    }
  }

  private Set<Role> roles(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (text.isBlank()) {
      problem(line, "no roles; give at least one, such as EMPLOYEE");
    }
    for (String word : text.split("[;|\\s]+")) {
      if (word.isBlank()) {
        continue;
      }
      try {
        roles.add(Role.valueOf(word.replace('-', '_').toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        problem(line, "role '" + word + "' is not known; use " + List.of(Role.values()));
      }
    }
    return roles;
  }

  private String account(List<String> cells, String column, Pattern pattern, String expected) {
    String id = blankToNull(cell(cells, column));
    if (id != null && !pattern.matcher(id).matches()) {
      problem(line, column + " '" + id + "' is not a user id; use the numeric id, " + expected);
    } else if (id != null && firstLine.putIfAbsent(column + ":" + id, line) != null) {
      problem(
          line,
          column
              + " id "
              + id
              + " is already on line "
              + firstLine.get(column + ":" + id)
              + "; an account can belong to one staff member only");
    }
    return id;
  }

  private Boolean active(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "", "true", "yes", "y", "1" -> true;
      case "false", "no", "n", "0" -> false;
      default -> {
        problem(line, "active '" + text + "' should be yes or no");
        yield true;
      }
    };
  }

  private String cell(List<String> cells, String column) {
    Integer index = columns.get(column);
    return index == null || index >= cells.size() ? "" : cells.get(index).strip();
  }

  /**
   * Splits one line at commas, honouring double quotes; null (and a problem) if a quote is open.
   */
  private List<String> cells(String raw) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (quoted && c == '"' && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      problem(line, "a quote is not closed; a value cannot run over two lines");
      return null;
    }
    cells.add(cell.toString());
    return cells;
  }

  private void problem(int at, String message) {
    problems.add(new SeedProblem(at, message));
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
