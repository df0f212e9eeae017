package org.deptbot.admin.staff;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Set;
import org.deptbot.admin.console.ApiReason;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.admin.staff.StaffDirectory.MemberDetails;
import org.deptbot.admin.staff.StaffDirectory.StaffPage;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory and roster changes over the REST API: the same operations as the pages. */
@RestController
@RequestMapping("/api/v1/staff")
@Requires(Permission.MANAGE_STAFF)
class StaffApi {

  private final StaffDirectory directory;
  private final StaffChanges changes;

  StaffApi(StaffDirectory directory, StaffChanges changes) {
    this.directory = directory;
    this.changes = changes;
  }

  /** New roles for a member: exactly these, replacing the ones they hold. */
  record RolesChange(Set<Role> roles) {}

  /** A new supervisor; null or blank for none. */
  record SupervisorChange(String supervisorId) {}

  @GetMapping
  @Requires({Permission.MANAGE_STAFF, Permission.ISSUE_ENROLLMENT_CODES})
  StaffPage list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return directory.find(q, role, page, size);
  }

  @GetMapping("/{id}")
  @Requires({Permission.MANAGE_STAFF, Permission.ISSUE_ENROLLMENT_CODES})
  MemberDetails member(@PathVariable String id) {
    return directory.details(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  StaffMember add(Actor actor, @RequestBody NewMember member) {
    return changes.add(actor, member);
  }

  @PutMapping("/{id}/roles")
  StaffMember roles(Actor actor, @PathVariable String id, @RequestBody RolesChange change) {
    return changes.setRoles(actor, id, change.roles() == null ? Set.of() : change.roles());
  }

  @PutMapping("/{id}/supervisor")
  StaffMember supervisor(
      Actor actor, @PathVariable String id, @RequestBody SupervisorChange change) {
    return changes.setSupervisor(actor, id, change.supervisorId());
  }

  /** Deactivates the member; their open cases go on to whoever is next. Needs a reason. */
  @PostMapping("/{id}/deactivate")
  StaffMember deactivate(
      Actor actor,
      @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
          @RequestBody(required = false)
          ApiReason body) {
    return changes.deactivate(actor, id, ApiReason.of(body));
  }

  @PostMapping("/{id}/reactivate")
  StaffMember reactivate(Actor actor, @PathVariable String id) {
    return changes.reactivate(actor, id);
  }

  @GetMapping("/{id}/chat-links")
  @Requires({Permission.MANAGE_STAFF, Permission.ISSUE_ENROLLMENT_CODES})
  List<org.deptbot.core.staff.ChatLink> chatLinks(@PathVariable String id) {
    return directory.details(id).chatLinks();
  }

  /** Unlinks a chat account; {@code reason} (a query parameter) is required. */
  @DeleteMapping("/{id}/chat-links/{key}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unlink(
      Actor actor,
      @PathVariable String id,
      @PathVariable String key,
      @Parameter(required = true, description = Confirmation.WHY) @RequestParam(required = false)
          String reason) {
    changes.unlink(actor, id, key, Confirmation.requiredOf(reason));
  }
}
