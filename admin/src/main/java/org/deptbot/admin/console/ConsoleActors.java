package org.deptbot.admin.console;

import java.util.Optional;
import org.deptbot.core.access.Actor;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in staff member as the core sees them: read fresh on every request, so a role taken
 * away or a member deactivated counts at once, not at their next sign-in. Read once per request:
 * the access check, the page's menu and the handler all ask.
 */
@Component
public class ConsoleActors {

  private static final String KEY = ConsoleActors.class.getName() + ".actor";
  private final StaffMembers staff;

  public ConsoleActors(StaffMembers staff) {
    this.staff = staff;
  }

  /** The actor for this request; without a sign-in, nobody (no rights beyond the public's). */
  public Actor current() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return read();
    }
    Object known = request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
    if (known instanceof Actor actor) {
      return actor;
    }
    Actor actor = read();
    request.setAttribute(KEY, actor, RequestAttributes.SCOPE_REQUEST);
    return actor;
  }

  private Actor read() {
    return signedInId()
        .flatMap(staff::byId)
        .map(member -> Actor.staff(member, null))
        .orElse(Actor.publicUser(null));
  }

  static Optional<String> signedInId() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(authentication.getName());
  }
}
