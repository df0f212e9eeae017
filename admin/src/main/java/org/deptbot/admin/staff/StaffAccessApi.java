package org.deptbot.admin.staff;

import io.swagger.v3.oas.annotations.Parameter;
import org.deptbot.admin.console.ApiReason;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.enrollment.IssuedCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrollment codes and console sign-in over the REST API. A code or password in an answer is the
 * only time anyone sees it.
 */
@RestController
@RequestMapping("/api/v1/staff/{id}")
class StaffAccessApi {

  private final StaffChanges changes;

  StaffAccessApi(StaffChanges changes) {
    this.changes = changes;
  }

  /** How many codes a revocation stopped. */
  record Revoked(long revoked) {}

  /** A one-time console password; the member must replace it at their next sign-in. */
  record TemporaryPassword(String staffId, String temporaryPassword, boolean mustChange) {}

  @PostMapping("/enrollment-codes")
  @ResponseStatus(HttpStatus.CREATED)
  @Requires(Permission.ISSUE_ENROLLMENT_CODES)
  IssuedCode issueCode(Actor actor, @PathVariable String id) {
    return changes.issueCode(actor, id);
  }

  /** Stops every unused code of the member; {@code reason} (a query parameter) is required. */
  @DeleteMapping("/enrollment-codes")
  @Requires(Permission.ISSUE_ENROLLMENT_CODES)
  Revoked revokeCodes(
      Actor actor,
      @PathVariable String id,
      @Parameter(required = true, description = Confirmation.WHY) @RequestParam(required = false)
          String reason) {
    return new Revoked(changes.revokeCodes(actor, id, Confirmation.requiredOf(reason)));
  }

  /** Replaces the member's console password with a one-time one; needs a reason. */
  @PostMapping("/console-password")
  @Requires(Permission.MANAGE_STAFF)
  TemporaryPassword resetPassword(
      Actor actor,
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          ApiReason body) {
    return new TemporaryPassword(id, changes.resetPassword(actor, id, ApiReason.of(body)), true);
  }

  @PostMapping("/console-unlock")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Requires(Permission.MANAGE_STAFF)
  void unlock(Actor actor, @PathVariable String id) {
    changes.unlock(actor, id);
  }
}
