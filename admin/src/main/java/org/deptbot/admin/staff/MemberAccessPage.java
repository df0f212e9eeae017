package org.deptbot.admin.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.enrollment.IssuedCode;
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
 * How a member gets in: enrollment codes for the chat (shown once), and console sign-in (a one-time
 * password they must replace, and unlocking after too many failed tries).
 */
@Controller
class MemberAccessPage extends MemberPages {

  private final StaffChanges changes;

  MemberAccessPage(StaffChanges changes, MessageSource messages) {
    super(messages);
    this.changes = changes;
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

  @GetMapping("/staff/{id}/enrollment-codes/revoke")
  @Requires(Permission.ISSUE_ENROLLMENT_CODES)
  String confirmRevokeCodes(@PathVariable String id, Model model, Locale locale) {
    return revokeStep(changes.member(id), locale).show(model, "", "");
  }

  @PostMapping("/staff/{id}/enrollment-codes/revoke")
  @Requires(Permission.ISSUE_ENROLLMENT_CODES)
  String revokeCodes(
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
        () -> revokeStep(changes.member(id), locale),
        response,
        model,
        why -> {
          long revoked = changes.revokeCodes(actor, id, why);
          redirect.addFlashAttribute(
              "done", messages.getMessage("member.codes-revoked", new Object[] {revoked}, locale));
          return "redirect:/staff/" + id;
        });
  }

  @GetMapping("/staff/{id}/password")
  @Requires(Permission.MANAGE_STAFF)
  String confirmResetPassword(@PathVariable String id, Model model, Locale locale) {
    return passwordStep(changes.member(id), locale).show(model, "", "");
  }

  @PostMapping("/staff/{id}/password")
  @Requires(Permission.MANAGE_STAFF)
  String resetPassword(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    if (!changes.member(id).active()) {
      return problem(id, "member.inactive-no-password", redirect, locale);
    }
    return Confirmation.withReason(
        reason,
        null,
        () -> passwordStep(changes.member(id), locale),
        response,
        model,
        why -> {
          redirect.addFlashAttribute("newPassword", changes.resetPassword(actor, id, why));
          return done(id, "member.password-set", redirect, locale);
        });
  }

  @PostMapping("/staff/{id}/unlock")
  @Requires(Permission.MANAGE_STAFF)
  String unlock(Actor actor, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
    changes.unlock(actor, id);
    return done(id, "member.unlocked", redirect, locale);
  }

  private Confirmation revokeStep(StaffMember member, Locale locale) {
    return new Confirmation(
        say("member.codes-confirm.title", locale, member.name()),
        List.of(say("member.codes-confirm.what", locale)),
        "/staff/" + member.id() + "/enrollment-codes/revoke",
        say("member.codes-confirm.button", locale),
        "/staff/" + member.id(),
        null);
  }

  private Confirmation passwordStep(StaffMember member, Locale locale) {
    return new Confirmation(
        say("member.password-confirm.title", locale, member.name()),
        List.of(
            say("member.password-confirm.new", locale), say("member.password-confirm.old", locale)),
        "/staff/" + member.id() + "/password",
        say("member.password-confirm.button", locale),
        "/staff/" + member.id(),
        null);
  }
}
