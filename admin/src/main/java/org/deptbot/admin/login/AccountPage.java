package org.deptbot.admin.login;

import java.util.Locale;
import org.deptbot.admin.console.AnyStaff;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: roles and rights, password, and personal API tokens. */
@Controller
@AnyStaff
class AccountPage {

  static final int MIN_PASSWORD = 12;
  private final ConsoleAccounts accounts;
  private final ApiTokens tokens;
  private final PasswordEncoder encoder;
  private final Authorization authorization;
  private final AuditTrail audit;
  private final MessageSource messages;

  AccountPage(
      ConsoleAccounts accounts,
      ApiTokens tokens,
      PasswordEncoder encoder,
      Authorization authorization,
      AuditTrail audit,
      MessageSource messages) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.encoder = encoder;
    this.authorization = authorization;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/account")
  String account(Actor actor, Model model) {
    StaffMember member = actor.activeMember().orElseThrow();
    model.addAttribute("member", member);
    model.addAttribute("permissions", authorization.permissionsOf(actor));
    model.addAttribute("tokens", tokens.of(member.id()));
    return "account";
  }

  @GetMapping(PasswordFirst.PAGE)
  String passwordForm(Actor actor, Model model) {
    model.addAttribute(
        "mustChange",
        accounts.byId(actor.staffId()).map(ConsoleAccount::mustChangePassword).orElse(false));
    return "password";
  }

  @PostMapping(PasswordFirst.PAGE)
  String changePassword(
      Actor actor,
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String repeat,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    String id = actor.staffId();
    ConsoleAccount account = accounts.byId(id).orElse(null);
    String problem = null;
    if (account == null || !encoder.matches(current, account.passwordHash())) {
      problem = "password.wrong-current";
    } else if (password.length() < MIN_PASSWORD) {
      problem = "password.too-short";
    } else if (!password.equals(repeat)) {
      problem = "password.no-match";
    } else if (password.equals(current)) {
      problem = "password.same";
    }
    if (problem != null) {
      model.addAttribute(
          "problem", messages.getMessage(problem, new Object[] {MIN_PASSWORD}, locale));
      model.addAttribute("mustChange", account != null && account.mustChangePassword());
      return "password";
    }
    accounts.setPassword(id, encoder.encode(password), false);
    audit.record(actor, "console.password_changed", "staff:" + id);
    redirect.addFlashAttribute("done", messages.getMessage("password.changed", null, locale));
    return "redirect:/account";
  }

  @PostMapping("/account/tokens")
  String issueToken(
      Actor actor, @RequestParam String label, RedirectAttributes redirect, Locale locale) {
    String id = actor.staffId();
    String name = label.isBlank() ? "API" : label.strip();
    String token = tokens.issue(id, name.length() > 60 ? name.substring(0, 60) : name);
    audit.record(actor, "console.api_token_issued", "staff:" + id, "label", name);
    redirect.addFlashAttribute("newToken", token);
    redirect.addFlashAttribute("done", messages.getMessage("token.issued", null, locale));
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{prefix}/revoke")
  String revokeToken(
      Actor actor, @PathVariable String prefix, RedirectAttributes redirect, Locale locale) {
    String id = actor.staffId();
    if (tokens.revoke(id, prefix)) {
      audit.record(actor, "console.api_token_revoked", "staff:" + id);
      redirect.addFlashAttribute("done", messages.getMessage("token.revoked", null, locale));
    }
    return "redirect:/account";
  }
}
