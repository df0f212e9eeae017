package org.deptbot.admin.staff;

import org.deptbot.admin.console.Requires;
import org.deptbot.admin.staff.RosterImport.Format;
import org.deptbot.admin.staff.RosterImport.Plan;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roster import over the REST API: the body is the roster as text (CSV or the seed file format).
 * Without {@code confirm=true} it only says what would change. A roster with any problem changes
 * nothing and is answered with a 422 problem listing each problem and its line.
 */
@RestController
@Requires(Permission.MANAGE_STAFF)
class RosterImportApi {

  private final RosterImport rosterImport;

  RosterImportApi(RosterImport rosterImport) {
    this.rosterImport = rosterImport;
  }

  @PostMapping(
      value = "/api/v1/staff/import",
      consumes = {"text/plain", "text/csv", "application/yaml"})
  ResponseEntity<?> importRoster(
      Actor actor,
      @RequestParam(defaultValue = "CSV") Format format,
      @RequestParam(defaultValue = "false") boolean confirm,
      @RequestBody String text) {
    if (text.length() > RosterImportPage.MAX_LENGTH) {
      throw new IllegalArgumentException("The roster is too long; split it into parts.");
    }
    Plan plan =
        confirm
            ? rosterImport.apply(actor, format, text)
            : rosterImport.preview(actor, format, text);
    if (plan.ok()) {
      return ResponseEntity.ok(plan);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "The roster has " + plan.problems().size() + " problem(s); nothing was imported.");
    problem.setProperty("problems", plan.problems());
    return ResponseEntity.unprocessableEntity().body(problem);
  }
}
