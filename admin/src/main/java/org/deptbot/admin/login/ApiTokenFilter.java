package org.deptbot.admin.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Bearer <token>} as the token's owner, for
 * that one request. A token that is unknown, or whose owner is no longer active, is refused.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final StaffMembers staff;

  ApiTokenFilter(ApiTokens tokens, StaffMembers staff) {
    this.tokens = tokens;
    this.staff = staff;
  }

  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.startsWith("Bearer ");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !carriesToken(request) || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getHeader("Authorization").substring("Bearer ".length()).strip();
    Optional<StaffMember> owner =
        tokens.find(token).flatMap(t -> staff.byId(t.staffId())).filter(StaffMember::active);
    if (owner.isEmpty()) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"This API token is not valid. Make a new one on your account"
                  + " page.\"}");
      return;
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            owner.get().id(), null, List.of(new SimpleGrantedAuthority("ROLE_STAFF")));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
