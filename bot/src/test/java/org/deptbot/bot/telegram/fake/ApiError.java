package org.deptbot.bot.telegram.fake;

/** An error answer of the Bot API; the handler turns it into {@code {"ok":false,...}}. */
final class ApiError extends RuntimeException {

  final int code;
  final String description;
  final Integer retryAfter;

  ApiError(int code, String description) {
    this(code, description, null);
  }

  ApiError(int code, String description, Integer retryAfter) {
    // Stack traces would only cost time: these are answers, not failures of the fake.
    super(description, null, false, false);
    this.code = code;
    this.description = description;
    this.retryAfter = retryAfter;
  }

  static ApiError badRequest(String detail) {
    return new ApiError(400, "Bad Request: " + detail);
  }

  static ApiError forbidden(String detail) {
    return new ApiError(403, "Forbidden: " + detail);
  }
}
