package org.deptbot.admin.staff;

import java.util.Locale;
import java.util.Set;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff directory: find a member, and add one by hand. */
@Controller
class StaffDirectoryPage {

  static final int PAGE_SIZE = 25;
  private final StaffDirectory directory;
  private final StaffChanges changes;
  private final MessageSource messages;

  StaffDirectoryPage(StaffDirectory directory, StaffChanges changes, MessageSource messages) {
    this.directory = directory;
    this.changes = changes;
    this.messages = messages;
  }

  @GetMapping("/staff")
  @Requires({Permission.MANAGE_STAFF, Permission.ISSUE_ENROLLMENT_CODES})
  String directory(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("role", role);
    model.addAttribute("roles", Role.values());
    model.addAttribute("found", directory.find(q, role, page, PAGE_SIZE));
    return "staff/directory";
  }

  @PostMapping("/staff")
  @Requires(Permission.MANAGE_STAFF)
  String add(
      Actor actor,
      @RequestParam String id,
      @RequestParam String name,
      @RequestParam(required = false) Set<Role> roles,
      @RequestParam(defaultValue = "") String supervisorId,
      RedirectAttributes redirect,
      Locale locale) {
    NewMember wanted;
    try {
      wanted = new NewMember(id, name, roles, supervisorId);
    } catch (IllegalArgumentException bad) {
      redirect.addFlashAttribute("problem", bad.getMessage());
      return "redirect:/staff";
    }
    StaffMember added = changes.add(actor, wanted);
    redirect.addFlashAttribute(
        "done", messages.getMessage("staff.added", new Object[] {added.name()}, locale));
    return "redirect:/staff/" + added.id();
  }
}
