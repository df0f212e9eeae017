package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
    return rateLimited(Duration.ofSeconds(seconds), "fake-bucket");
  }

  /**
   * A 429 of the route whose bucket is {@code bucket}: {@code retry_after} in seconds with a
   * fraction, the headers rounded up to whole seconds as Discord does.
   */
  static RestResponse rateLimited(Duration wait, String bucket) {
    double seconds = wait.toMillis() / 1000.0;
    String whole = Long.toString((long) Math.ceil(seconds));
    JsonNode body =
        DiscordJson.object()
            .put("message", "You are being rate limited.")
            .put("retry_after", seconds)
            .put("global", false);
    return new RestResponse(
        429,
        body,
        Map.of(
            "Retry-After", whole,
            "Via", "1.1 google",
            "X-RateLimit-Limit", "5",
            "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset-After", whole,
            "X-RateLimit-Bucket", bucket,
            "X-RateLimit-Scope", "user"));
  }

  /**
   * A 429 of the global limit: {@code "global": true} in the body and {@code X-RateLimit-Global},
   * with {@code retry_after} in seconds (a fraction allowed) and {@code Retry-After} rounded up.
   */
  static RestResponse globallyLimited(Duration wait) {
    double seconds = wait.toMillis() / 1000.0;
    String whole = Long.toString(Math.max(1, (long) Math.ceil(seconds)));
    JsonNode body =
        DiscordJson.object()
            .put("message", "You are being rate limited.")
            .put("retry_after", seconds)
            .put("global", true);
    return new RestResponse(
        429,
        body,
        Map.of(
            "Retry-After", whole,
            "Via", "1.1 google",
            "X-RateLimit-Global", "true",
            "X-RateLimit-Scope", "global"));
  }
}
