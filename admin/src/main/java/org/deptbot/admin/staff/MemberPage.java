package org.deptbot.admin.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
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
class MemberPage extends MemberPages {

  private final StaffDirectory directory;
  private final StaffChanges changes;

  MemberPage(StaffDirectory directory, StaffChanges changes, MessageSource messages) {
    super(messages);
    this.directory = directory;
    this.changes = changes;
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

  @GetMapping("/staff/{id}/deactivate")
  String confirmDeactivate(@PathVariable String id, Model model, Locale locale) {
    StaffMember member = changes.member(id);
    if (!member.active()) {
      return "redirect:/staff/" + id;
    }
    return deactivateStep(member, locale).show(model, "", "");
  }

  @PostMapping("/staff/{id}/deactivate")
  String deactivate(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> deactivateStep(changes.member(id), locale),
        response,
        model,
        why -> {
          changes.deactivate(actor, id, why);
          return done(id, "member.deactivated", redirect, locale);
        });
  }

  private Confirmation deactivateStep(StaffMember member, Locale locale) {
    return new Confirmation(
        say("member.deactivate-confirm.title", locale, member.name()),
        List.of(
            say("member.deactivate-hint", locale),
            say("member.deactivate-confirm.cases", locale),
            say("member.deactivate-confirm.undo", locale)),
        "/staff/" + member.id() + "/deactivate",
        say("member.deactivate-confirm.button", locale, member.name()),
        "/staff/" + member.id(),
        null);
  }

  @PostMapping("/staff/{id}/reactivate")
  String reactivate(
      Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    changes.reactivate(actor, id);
    return done(id, "member.reactivated", redirect, locale);
  }

  @GetMapping("/staff/{id}/links/{key}/unlink")
  String confirmUnlink(
      @PathVariable String id, @PathVariable String key, Model model, Locale locale) {
    return unlinkStep(changes.member(id), key, locale).show(model, "", "");
  }

  @PostMapping("/staff/{id}/links/{key}/unlink")
  String unlink(
      Actor actor,
      @PathVariable String id,
      @PathVariable String key,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> unlinkStep(changes.member(id), key, locale),
        response,
        model,
        why -> {
          changes.unlink(actor, id, key, why);
          return done(id, "member.unlinked", redirect, locale);
        });
  }

  private Confirmation unlinkStep(StaffMember member, String key, Locale locale) {
    return new Confirmation(
        say("member.unlink-confirm.title", locale, key, member.name()),
        List.of(
            say("member.unlink-confirm.public", locale),
            say("member.unlink-confirm.again", locale, member.name())),
        "/staff/" + member.id() + "/links/" + key + "/unlink",
        say("member.unlink-confirm.button", locale),
        "/staff/" + member.id(),
        null);
  }
}
