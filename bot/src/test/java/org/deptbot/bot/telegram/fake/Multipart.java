package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code multipart/form-data}, which the telegrambots client uses for every method that can
 * carry a file (sendPhoto, setWebhook, ...): parts without a file name are parameters, parts with
 * one are uploads, referenced from a parameter as {@code attach://<part name>}.
 */
final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

  private Multipart() {}

  static void parse(
      byte[] body,
      String contentType,
      Map<String, JsonNode> params,
      Map<String, ApiRequest.Upload> files) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw ApiError.badRequest("multipart boundary is missing");
    }
    byte[] delimiter = ("--" + boundary.group(2)).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary.group(2)).getBytes(StandardCharsets.ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw ApiError.badRequest("multipart body has no parts");
    }
    pos += delimiter.length;
    while (pos + 2 <= body.length && !(body[pos] == '-' && body[pos + 1] == '-')) {
      int headersStart = pos + 2;
      int headersEnd =
          indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      int contentEnd = headersEnd < 0 ? -1 : indexOf(body, nextDelimiter, headersEnd + 4);
      if (contentEnd < 0) {
        throw ApiError.badRequest("multipart body is cut short");
      }
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(body, headersEnd + 4, contentEnd);
      addPart(headers, content, params, files);
      pos = contentEnd + nextDelimiter.length;
    }
  }

  private static void addPart(
      String headers,
      byte[] content,
      Map<String, JsonNode> params,
      Map<String, ApiRequest.Upload> files) {
    String disposition =
        headers
            .lines()
            .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
            .findFirst()
            .orElse("");
    Matcher name = NAME.matcher(disposition);
    if (!name.find()) {
      return;
    }
    Matcher fileName = FILE_NAME.matcher(disposition);
    if (fileName.find()) {
      files.put(name.group(1), new ApiRequest.Upload(fileName.group(1), content));
    } else {
      params.put(name.group(1), new TextNode(new String(content, StandardCharsets.UTF_8)));
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
