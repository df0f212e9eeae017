package org.deptbot.admin.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.deptbot.core.TransitionRefused;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.staff.StaffMember;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For every page: who is signed in and what they may open (the menu shows only that), and the pages
 * that explain a refusal, a missing record or a change that cannot be made.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ConsolePages {

  private final ConsoleActors actors;
  private final Authorization authorization;
  private final RefusalTexts refusals;

  ConsolePages(ConsoleActors actors, Authorization authorization, RefusalTexts refusals) {
    this.actors = actors;
    this.authorization = authorization;
    this.refusals = refusals;
  }

  @ModelAttribute
  void signedIn(Model model) {
    Actor actor = actors.current();
    model.addAttribute("me", actor.activeMember().map(StaffMember::name).orElse(null));
    Set<String> can =
        authorization.permissionsOf(actor).stream().map(Enum::name).collect(Collectors.toSet());
    model.addAttribute("can", actor.isStaff() ? can : Set.of());
  }

  @ExceptionHandler({Refused.class, NotPermitted.class})
  String refused(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("problemKey", "problem.forbidden");
    return "problem";
  }

  @ExceptionHandler(NotFound.class)
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("problemKey", "problem.not-found");
    return "problem";
  }

  @ExceptionHandler(BadInput.class)
  String badInput(BadInput bad, HttpServletResponse response, Model model, Locale locale) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("problemText", refusals.explain(bad, locale));
    return "problem";
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletResponse response, Model model) {
    response.setStatus(413);
    model.addAttribute("problemKey", "problem.too-large");
    return "problem";
  }

  @ExceptionHandler(TransitionRefused.class)
  String cannot(
      TransitionRefused refused, HttpServletResponse response, Model model, Locale locale) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("problemText", refusals.explain(refused, locale));
    return "problem";
  }
}
