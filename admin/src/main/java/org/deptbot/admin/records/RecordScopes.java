package org.deptbot.admin.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.admin.console.BadInput;
import org.deptbot.core.records.RecordScope;

/**
 * Reads the scopes a records officer typed: case and notice numbers separated by commas or spaces,
 * a staff id, and a date range in the department's time zone (both days included).
 */
final class RecordScopes {

  private RecordScopes() {}

  static List<RecordScope> parse(
      String cases, String notices, String staffId, String from, String to, ZoneId zone) {
    List<RecordScope> scopes = new ArrayList<>();
    for (String number : split(cases)) {
      scopes.add(RecordScope.ofCase(number.toUpperCase(java.util.Locale.ROOT)));
    }
    for (String number : split(notices)) {
      scopes.add(RecordScope.ofNotice(number.toUpperCase(java.util.Locale.ROOT)));
    }
    if (staffId != null && !staffId.isBlank()) {
      scopes.add(RecordScope.ofStaff(staffId.strip()));
    }
    boolean hasFrom = from != null && !from.isBlank();
    boolean hasTo = to != null && !to.isBlank();
    if (hasFrom != hasTo) {
      throw new BadInput("records.input.range-half");
    }
    if (hasFrom) {
      try {
        var start = LocalDate.parse(from.strip()).atStartOfDay(zone).toInstant();
        var end =
            LocalDate.parse(to.strip()).plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        if (end.isBefore(start)) {
          throw new BadInput("records.input.range-backwards");
        }
        scopes.add(RecordScope.between(start, end));
      } catch (java.time.format.DateTimeParseException e) {
        throw new BadInput("records.input.date-format");
      }
    }
    if (scopes.isEmpty()) {
      throw new BadInput("records.input.nothing-selected");
    }
    return scopes;
  }

  private static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.strip().split("[\\s,;]+"));
  }

  /**
   * The one scope of a legal hold: a case, notice or staff member by {@code target}, or a range.
   */
  static RecordScope one(
      RecordScope.Kind kind, String target, String from, String to, ZoneId zone) {
    if (kind == null) {
      throw new BadInput("records.input.hold-kind");
    }
    String t = target == null ? "" : target;
    List<RecordScope> scopes =
        switch (kind) {
          case CASE -> parse(t, "", "", "", "", zone);
          case NOTICE -> parse("", t, "", "", "", zone);
          case STAFF -> parse("", "", t, "", "", zone);
          case DATE_RANGE -> parse("", "", "", from, to, zone);
        };
    if (scopes.size() != 1) {
      throw new BadInput("records.input.one-hold");
    }
    return scopes.get(0);
  }
}
