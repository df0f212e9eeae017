package org.deptbot.admin.staff;

import java.util.Locale;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.enrollment.IssuedCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a member gets in: enrollment codes for the chat (shown once), and console sign-in (a one-time
 * password they must replace, and unlocking after too many failed tries).
 */
@Controller
class MemberAccessPage {

  private final StaffChanges changes;
  private final MessageSource messages;

  MemberAccessPage(StaffChanges changes, MessageSource messages) {
    this.changes = changes;
    this.messages = messages;
  }

  @PostMapping("/staff/{id}/enrollment-codes")
  @Requires(Permission.ISSUE_ENROLLMENT_CODES)
  String issueCode(
      Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    if (!changes.member(id).active()) {
      return problem(id, "member.inactive-no-code", redirect, locale);
    }
    IssuedCode issued = changes.issueCode(actor, id);
    redirect.addFlashAttribute("newCode", issued);
    return done(id, "member.code-issued", redirect, locale);
  }

  @PostMapping("/staff/{id}/enrollment-codes/revoke")
  @Requires(Permission.ISSUE_ENROLLMENT_CODES)
  String revokeCodes(
      Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    long revoked = changes.revokeCodes(actor, id);
    redirect.addFlashAttribute(
        "done", messages.getMessage("member.codes-revoked", new Object[] {revoked}, locale));
    return "redirect:/staff/" + id;
  }

  @PostMapping("/staff/{id}/password")
  @Requires(Permission.MANAGE_STAFF)
  String resetPassword(
      Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    if (!changes.member(id).active()) {
      return problem(id, "member.inactive-no-password", redirect, locale);
    }
    redirect.addFlashAttribute("newPassword", changes.resetPassword(actor, id));
    return done(id, "member.password-set", redirect, locale);
  }

  @PostMapping("/staff/{id}/unlock")
  @Requires(Permission.MANAGE_STAFF)
  String unlock(Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    changes.unlock(actor, id);
    return done(id, "member.unlocked", redirect, locale);
  }

  private String done(String id, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("done", messages.getMessage(key, null, locale));
    return "redirect:/staff/" + id;
  }

  private String problem(String id, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("problem", messages.getMessage(key, null, locale));
    return "redirect:/staff/" + id;
  }
}
