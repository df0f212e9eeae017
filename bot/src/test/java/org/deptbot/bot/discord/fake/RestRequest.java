package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A REST call to the fake: the method, the path below {@code /api/v10/} cut into segments, the JSON
 * body (from {@code payload_json} for a multipart upload) and any uploaded files.
 */
record RestRequest(String method, List<String> segments, JsonNode body, List<FakeFile> files) {

  String path() {
    return String.join("/", segments);
  }

  String segment(int index) {
    return segments.get(index);
  }

  long id(int index) {
    return Long.parseLong(segments.get(index));
  }

  /** Whether the path has this shape; {@code *} matches any one segment. */
  boolean is(String method, String pattern) {
    String[] parts = pattern.split("/");
    if (!this.method.equals(method) || parts.length != segments.size()) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].equals("*") && !parts[i].equals(segments.get(i))) {
        return false;
      }
    }
    return true;
  }
}
