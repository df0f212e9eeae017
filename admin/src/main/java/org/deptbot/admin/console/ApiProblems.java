package org.deptbot.admin.console;

import java.util.Locale;
import org.deptbot.core.TransitionRefused;
import org.deptbot.core.access.NotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The REST API's refusals as RFC 9457 problem details, worded like the pages'. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

  private final RefusalTexts refusals;

  ApiProblems(RefusalTexts refusals) {
    this.refusals = refusals;
  }

  @ExceptionHandler({Refused.class, NotPermitted.class})
  ProblemDetail refused(Locale locale) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.FORBIDDEN, refusals.word("api.forbidden", locale));
  }

  @ExceptionHandler(org.deptbot.admin.login.PasswordChangeFirst.class)
  ProblemDetail passwordFirst(Locale locale) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.FORBIDDEN, refusals.word("api.password-change-first", locale));
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound missing) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage() + ".");
  }

  @ExceptionHandler(TransitionRefused.class)
  ProblemDetail cannot(TransitionRefused refused, Locale locale) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusals.explain(refused, locale));
    problem.setProperty("reason", refused.reason().name());
    return problem;
  }

  @ExceptionHandler(org.deptbot.core.staff.UnknownStaffMember.class)
  ProblemDetail unknownMember(org.deptbot.core.staff.UnknownStaffMember unknown) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage() + ".");
  }

  /** A body that cannot be read says why when a record's own check refused it. */
  @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
  ProblemDetail unreadable(Exception unreadable, Locale locale) {
    Throwable cause = unreadable;
    while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
      cause = cause.getCause();
    }
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.BAD_REQUEST,
        cause instanceof IllegalArgumentException
            ? cause.getMessage()
            : refusals.word("api.unreadable", locale));
  }

  @ExceptionHandler(BadInput.class)
  ProblemDetail badInput(BadInput bad, Locale locale) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.explain(bad, locale));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badInput(IllegalArgumentException bad) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
  }
}
