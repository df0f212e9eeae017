package org.deptbot.admin.reports;

import static org.deptbot.core.access.Permission.VIEW_CASE_FIGURES;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.deptbot.admin.console.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case figures of a period (issue 19), for internal affairs and the records custodians: a page
 * with a period picker and a CSV download of the same figures. Small counts are withheld (see
 * {@link org.deptbot.core.reports.CaseFigures#shown()}); no case is named.
 */
@Controller
@Requires(VIEW_CASE_FIGURES)
class FiguresPage {

  private final FiguresDesk desk;

  FiguresPage(FiguresDesk desk) {
    this.desk = desk;
  }

  @GetMapping("/figures")
  String figures(
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      Model model,
      Locale locale) {
    FiguresPeriod period = desk.period(from, to);
    model.addAttribute("period", period);
    model.addAttribute("zone", desk.zone(period));
    model.addAttribute("f", desk.of(period));
    model.addAttribute("desk", desk);
    model.addAttribute("locale", locale);
    return "figures";
  }

  @GetMapping("/figures.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      Locale locale) {
    FiguresPeriod period = desk.period(from, to);
    byte[] body = desk.csv(period, desk.of(period), locale).getBytes(StandardCharsets.UTF_8);
    String name = "case-figures-" + period.first() + "-to-" + period.last() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
