package org.deptbot.admin.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A member signed in with a one-time or administrator-set password chooses their own before any
 * other page opens; until then the API refuses them with a 403 problem detail.
 */
class PasswordFirst implements HandlerInterceptor {

  static final String PAGE = "/account/password";
  private final ConsoleAccounts accounts;

  PasswordFirst(ConsoleAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
      throws IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null
        || who instanceof AnonymousAuthenticationToken
        || request.getRequestURI().equals(PAGE)) {
      return true;
    }
    boolean mustChange =
        accounts.byId(who.getName()).map(ConsoleAccount::mustChangePassword).orElse(false);
    if (!mustChange) {
      return true;
    }
    if (request.getRequestURI().startsWith("/api/")) {
      throw new PasswordChangeFirst(who.getName()); // a 403 problem detail, see ApiProblems
    }
    response.sendRedirect(PAGE);
    return false;
  }
}
