package org.deptbot.admin.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.reports.CaseFigures;
import org.deptbot.core.reports.CaseFigures.Cell;
import org.deptbot.core.reports.CaseFigures.Row;
import org.deptbot.core.reports.CaseFigures.ShownTimes;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case figures of a period for the page, the API and the CSV download alike: always the
 * published form ({@link CaseFigures#shown()}), never the raw counts, so no way out of the console
 * shows a small count. Public, with the methods the page calls, for the page's expressions.
 */
@Component
public class FiguresDesk {

  private final Reports reports;
  private final StaffMembers staff;
  private final TimeShown times;
  private final Clock clock;
  private final MessageSource messages;

  FiguresDesk(
      Reports reports, StaffMembers staff, TimeShown times, Clock clock, MessageSource messages) {
    this.reports = reports;
    this.staff = staff;
    this.times = times;
    this.clock = clock;
    this.messages = messages;
  }

  FiguresPeriod period(String from, String to) {
    return FiguresPeriod.parse(from, to, times.zone(), clock);
  }

  CaseFigures.Shown of(FiguresPeriod period) {
    return CaseFigures.of(reports.submittedBetween(period.start(), period.end()), staff.all())
        .shown();
  }

  /** The zone the dates are read in, with its abbreviation: "America/Chicago (CST)", "UTC". */
  String zone(FiguresPeriod period) {
    String abbreviation =
        java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)
            .format(period.start().atZone(period.zone()));
    String id = period.zone().getId();
    return id.equals(abbreviation) ? id : id + " (" + abbreviation + ")";
  }

  /** A count in words: the number, "fewer than 5", or "withheld". */
  public String count(Cell cell, Locale locale) {
    if (cell.fewerThanFive()) {
      return messages.getMessage("figures.fewer-than-5", null, locale);
    }
    if (cell.withheld()) {
      return messages.getMessage("figures.withheld", null, locale);
    }
    return String.valueOf(cell.count());
  }

  /** A time in words: "3 h 20 min", "2 days 4 h", "45 min"; "not shown" when left out. */
  public String time(Duration d, Locale locale) {
    if (d == null) {
      return messages.getMessage("figures.not-shown", null, locale);
    }
    long minutes = (d.getSeconds() + 59) / 60;
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(messages.getMessage("figures.days", new Object[] {days}, locale));
    }
    if (hours > 0) {
      parts.add(messages.getMessage("figures.hours", new Object[] {hours}, locale));
    }
    if (days == 0 && (mins > 0 || parts.isEmpty())) {
      parts.add(messages.getMessage("figures.minutes", new Object[] {mins}, locale));
    }
    return String.join(" ", parts);
  }

  /** A line's key in words: a provision (its clause names its section), a finding, a route. */
  public String label(String section, String key, Locale locale) {
    return switch (section) {
      case "provision" -> provision(key, locale);
      case "finding" -> messages.getMessage("figures.finding." + key, null, key, locale);
      case "route" -> messages.getMessage("figures.route." + key, null, key, locale);
      default -> key;
    };
  }

  private String provision(String code, Locale locale) {
    for (PolicyClause clause : PolicyClause.values()) {
      if (clause.provision().equals(code)) {
        return messages.getMessage("case.clause." + clause.name(), null, code, locale);
      }
    }
    return code;
  }

  /** The figures as CSV: one line per count, in words as on the page. */
  String csv(FiguresPeriod period, CaseFigures.Shown f, Locale locale) {
    StringBuilder out = new StringBuilder("section,line,value\r\n");
    line(out, "period", "first day", period.first().toString());
    line(out, "period", "last day", period.last().toString());
    line(out, "period", "time zone", period.zone().getId());
    line(out, "cases", "submitted", count(f.cases(), locale));
    rows(out, "provision", f.byProvision(), locale);
    rows(out, "finding", f.byFinding(), locale);
    rows(out, "route", f.byRoute(), locale);
    times(out, "time to acknowledge", f.toAcknowledge(), locale);
    times(out, "time to close", f.toClose(), locale);
    line(out, "reminders", "sent", count(f.reminders(), locale));
    line(out, "escalations", "made", count(f.escalations(), locale));
    return out.toString();
  }

  private void rows(StringBuilder out, String section, List<Row> rows, Locale locale) {
    for (Row r : rows) {
      line(out, section, label(section, r.key(), locale), count(r.cell(), locale));
    }
  }

  private void times(StringBuilder out, String section, ShownTimes t, Locale locale) {
    line(out, section, "cases measured", count(t.measured(), locale));
    line(out, section, "median", time(t.median(), locale));
    line(out, section, "90th percentile", time(t.p90(), locale));
  }

  private static void line(StringBuilder out, String section, String key, String value) {
    out.append(quoted(section))
        .append(',')
        .append(quoted(key))
        .append(',')
        .append(quoted(value))
        .append("\r\n");
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is kept from spreadsheets with a quote mark. */
  private static String quoted(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
