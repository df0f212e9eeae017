package org.deptbot.admin.staff;

import java.util.Locale;
import java.util.Set;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.staff.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One member: roles, place in the chain of command, linked chat accounts, and whether they are
 * active. A change the rules refuse (a supervisor loop, the last ADMIN) is explained by the
 * console's refusal page in the core's terms.
 */
@Controller
@Requires(Permission.MANAGE_STAFF)
class MemberPage {

  private final StaffDirectory directory;
  private final StaffChanges changes;
  private final MessageSource messages;

  MemberPage(StaffDirectory directory, StaffChanges changes, MessageSource messages) {
    this.directory = directory;
    this.changes = changes;
    this.messages = messages;
  }

  @GetMapping("/staff/{id}")
  @Requires({Permission.MANAGE_STAFF, Permission.ISSUE_ENROLLMENT_CODES})
  String member(@PathVariable String id, Model model) {
    model.addAttribute("m", directory.details(id));
    model.addAttribute("roles", Role.values());
    model.addAttribute("supervisors", directory.possibleSupervisors(id));
    return "staff/member";
  }

  @PostMapping("/staff/{id}/roles")
  String roles(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) Set<Role> roles,
      RedirectAttributes redirect,
      Locale locale) {
    changes.setRoles(actor, id, roles == null ? Set.of() : roles);
    return done(id, "member.roles-saved", redirect, locale);
  }

  @PostMapping("/staff/{id}/supervisor")
  String supervisor(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String supervisorId,
      RedirectAttributes redirect,
      Locale locale) {
    changes.setSupervisor(actor, id, supervisorId);
    return done(id, "member.supervisor-saved", redirect, locale);
  }

  @PostMapping("/staff/{id}/deactivate")
  String deactivate(
      Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    changes.deactivate(actor, id);
    return done(id, "member.deactivated", redirect, locale);
  }

  @PostMapping("/staff/{id}/reactivate")
  String reactivate(
      Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    changes.reactivate(actor, id);
    return done(id, "member.reactivated", redirect, locale);
  }

  @PostMapping("/staff/{id}/links/{key}/unlink")
  String unlink(
      Actor actor,
      @PathVariable String id,
      @PathVariable String key,
      RedirectAttributes redirect,
      Locale locale) {
    changes.unlink(actor, id, key);
    return done(id, "member.unlinked", redirect, locale);
  }

  private String done(String id, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("done", messages.getMessage(key, null, locale));
    return "redirect:/staff/" + id;
  }
}
