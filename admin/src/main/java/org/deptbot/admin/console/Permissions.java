package org.deptbot.admin.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one check every console page and API call passes: the handler's {@link Requires}, {@link
 * AnyStaff} or {@link Public} rule, asked of the core's {@link Authorization} for the member as
 * stored now. A handler with no rule is refused to everyone, so a page added without thinking about
 * access is closed, not open. Checks on one record (a case's need-to-know, a template's author)
 * come after this, in the page, from the core as well.
 */
class Permissions implements HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(Permissions.class);
  private final ConsoleActors actors;
  private final Authorization authorization;

  Permissions(ConsoleActors actors, Authorization authorization) {
    this.actors = actors;
    this.authorization = authorization;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !ours(method)) {
      return true; // the framework's own error page and API document; sign-in still applies
    }
    if (rule(method, Public.class) != null) {
      return true;
    }
    Actor actor = actors.current();
    String who = actor.activeMember().map(m -> m.id()).orElse("nobody");
    if (!actor.isStaff()) {
      throw new Refused("not an active staff member: " + who);
    }
    if (rule(method, AnyStaff.class) != null) {
      return true;
    }
    Requires requires = rule(method, Requires.class);
    if (requires == null) {
      log.error("{} has no access rule, so it is refused to everyone", method.getShortLogMessage());
      throw new Refused("no access rule on " + method.getShortLogMessage());
    }
    if (Arrays.stream(requires.value()).noneMatch(p -> authorization.permits(actor, p))) {
      throw new Refused(who, requires.value());
    }
    return true;
  }

  /** The rule on the method, else on its class. */
  static <A extends java.lang.annotation.Annotation> A rule(HandlerMethod method, Class<A> type) {
    A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
    if (onMethod != null) {
      return onMethod;
    }
    boolean methodHasOther =
        AnnotatedElementUtils.hasAnnotation(method.getMethod(), Requires.class)
            || AnnotatedElementUtils.hasAnnotation(method.getMethod(), AnyStaff.class)
            || AnnotatedElementUtils.hasAnnotation(method.getMethod(), Public.class);
    return methodHasOther
        ? null
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
  }

  static boolean ours(HandlerMethod method) {
    return method.getBeanType().getPackageName().startsWith("org.deptbot.admin");
  }
}
