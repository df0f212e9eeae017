package org.deptbot.bot.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body into its parts, as JDA sends messages with files. */
final class Multipart {

  /** One part: its form name, file name (null for a field), content type and bytes. */
  record Part(String name, String fileName, String contentType, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

  private Multipart() {}

  static List<Part> parse(String contentType, byte[] body) {
    String boundary = contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length + 2; // after CRLF
      int next = indexOf(body, delimiter, headersStart);
      if (next < 0) {
        break;
      }
      byte[] section = Arrays.copyOfRange(body, headersStart, next - 2); // without the CRLF
      parts.add(part(section));
      start = next;
    }
    return parts;
  }

  private static Part part(byte[] section) {
    int split = indexOf(section, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    String headers = new String(section, 0, split, StandardCharsets.UTF_8);
    byte[] content = Arrays.copyOfRange(section, split + 4, section.length);
    String type =
        headers
            .lines()
            .filter(l -> l.toLowerCase().startsWith("content-type:"))
            .map(l -> l.substring("content-type:".length()).strip())
            .findFirst()
            .orElse("application/octet-stream");
    return new Part(find(NAME, headers), find(FILE_NAME, headers), type, content);
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
