package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Discord's rule for a message component's {@code custom_id}: 1 to 100 characters. A message (or an
 * interaction's answer) carrying a button whose id is empty or longer is refused as an invalid form
 * body. Link buttons (style 5) carry a {@code url} instead and are not checked.
 */
final class ButtonIds {

  static final int LONGEST = 100;
  private static final int BUTTON = 2;
  private static final int LINK = 5;

  private ButtonIds() {}

  /** A 400 (50035) when a payload's button has a custom id Discord would refuse. */
  static Optional<RestResponse> check(RestRequest request) {
    JsonNode body = request.body();
    if (body == null) {
      return Optional.empty();
    }
    JsonNode rows =
        body.has("data") ? body.path("data").path("components") : body.path("components");
    for (JsonNode row : rows) {
      for (JsonNode component : row.path("components")) {
        if (component.path("type").asInt() != BUTTON || component.path("style").asInt() == LINK) {
          continue;
        }
        String id = component.path("custom_id").asText("");
        if (id.isEmpty() || id.length() > LONGEST) {
          return Optional.of(RestResponse.error(400, 50035, "Invalid Form Body"));
        }
      }
    }
    return Optional.empty();
  }
}
