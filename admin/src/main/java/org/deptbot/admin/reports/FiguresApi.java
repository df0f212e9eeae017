package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.VIEW_CASE_FIGURES;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.reports.CaseFigures;
import org.deptbot.core.reports.CaseFigures.Cell;
import org.deptbot.core.reports.CaseFigures.Row;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case figures of a period over the REST API, as the page shows them: each count is {@code
 * count}, or null with {@code fewerThanFive} (1 to 4) or {@code withheld} (withheld so a small
 * count beside it cannot be worked out); times in whole seconds, null when over fewer than 5 cases.
 */
@RestController
@Requires(VIEW_CASE_FIGURES)
class FiguresApi {

  private final FiguresDesk desk;

  FiguresApi(FiguresDesk desk) {
    this.desk = desk;
  }

  /** {@code from} and {@code to} are days (2026-01-01) in the department's zone, both included. */
  @GetMapping("/api/v1/figures")
  Figures figures(
      @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
    FiguresPeriod period = desk.period(from, to);
    CaseFigures.Shown f = desk.of(period);
    return new Figures(
        period.first(),
        period.last(),
        period.zone().getId(),
        f.cases(),
        f.byProvision(),
        f.byFinding(),
        f.byRoute(),
        Times.of(f.toAcknowledge()),
        Times.of(f.toClose()),
        f.reminders(),
        f.escalations());
  }

  record Figures(
      LocalDate from,
      LocalDate to,
      String timeZone,
      Cell cases,
      List<Row> byProvision,
      List<Row> byFinding,
      List<Row> byRoute,
      Times toAcknowledge,
      Times toClose,
      Cell reminders,
      Cell escalations) {}

  record Times(Cell measured, Long medianSeconds, Long p90Seconds) {
    static Times of(CaseFigures.ShownTimes t) {
      return new Times(t.measured(), seconds(t.median()), seconds(t.p90()));
    }

    private static Long seconds(Duration d) {
      return d == null ? null : d.getSeconds();
    }
  }
}
