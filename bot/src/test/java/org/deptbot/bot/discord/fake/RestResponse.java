package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What the fake answers: a status, a JSON body or none, and extra headers. */
record RestResponse(int status, JsonNode body, Map<String, String> headers) {

  static RestResponse ok(JsonNode body) {
    return new RestResponse(200, body, Map.of());
  }

  static RestResponse noContent() {
    return new RestResponse(204, null, Map.of());
  }

  static RestResponse error(int status, int code, String message) {
    return new RestResponse(status, DiscordJson.error(code, message), Map.of());
  }

  /**
   * A 429 as Discord sends it: {@code Via} (without it JDA takes the answer for a Cloudflare ban of
   * every route), an integer {@code Retry-After} in seconds, and {@code retry_after} in the body.
   */
  static RestResponse rateLimited(int seconds) {
    JsonNode body =
        DiscordJson.object()
            .put("message", "You are being rate limited.")
            .put("retry_after", (double) seconds)
            .put("global", false);
    return new RestResponse(
        429,
        body,
        Map.of(
            "Retry-After", Integer.toString(seconds),
            "Via", "1.1 google",
            "X-RateLimit-Limit", "5",
            "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset-After", Integer.toString(seconds),
            "X-RateLimit-Bucket", "fake-bucket",
            "X-RateLimit-Scope", "user"));
  }
}
