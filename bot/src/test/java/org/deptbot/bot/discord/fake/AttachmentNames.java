package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Discord's rule for an embed's {@code attachment://filename} reference: the file name must be
 * ASCII letters, digits, underscores, dashes or dots; a message whose embed names a file otherwise
 * is refused as an invalid form body.
 */
final class AttachmentNames {

  private static final String SCHEME = "attachment://";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]+");

  private AttachmentNames() {}

  /** A 400 (50035) when a message payload's embed references an attachment by an invalid name. */
  static Optional<RestResponse> check(RestRequest request) {
    JsonNode body = request.body();
    JsonNode embeds = body.has("data") ? body.path("data").path("embeds") : body.path("embeds");
    for (JsonNode embed : embeds) {
      for (String part : new String[] {"image", "thumbnail"}) {
        String url = embed.path(part).path("url").asText("");
        if (url.startsWith(SCHEME) && !VALID.matcher(url.substring(SCHEME.length())).matches()) {
          return Optional.of(RestResponse.error(400, 50035, "Invalid Form Body"));
        }
      }
    }
    return Optional.empty();
  }
}
