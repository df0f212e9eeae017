package org.deptbot.bot.telegram.fake;

/** An error answer of the Bot API; the handler turns it into {@code {"ok":false,...}}. */
final class ApiError extends RuntimeException {

  final int code;
  final String description;
  final Integer retryAfter;
  final Long migrateToChatId;

  ApiError(int code, String description) {
    this(code, description, null);
  }

  ApiError(int code, String description, Integer retryAfter) {
    this(code, description, retryAfter, null);
  }

  private ApiError(int code, String description, Integer retryAfter, Long migrateToChatId) {
    // Stack traces would only cost time: these are answers, not failures of the fake.
    super(description, null, false, false);
    this.code = code;
    this.description = description;
    this.retryAfter = retryAfter;
    this.migrateToChatId = migrateToChatId;
  }

  /** The answer to any call for a group that became the supergroup {@code newChatId}. */
  static ApiError migrated(long newChatId) {
    return new ApiError(
        400, "Bad Request: group chat was upgraded to a supergroup chat", null, newChatId);
  }

  static ApiError badRequest(String detail) {
    return new ApiError(400, "Bad Request: " + detail);
  }

  static ApiError forbidden(String detail) {
    return new ApiError(403, "Forbidden: " + detail);
  }
}
