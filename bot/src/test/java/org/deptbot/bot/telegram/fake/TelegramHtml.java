package org.deptbot.bot.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code parse_mode=HTML} text the way Telegram does and returns what a user would read.
 * Error descriptions follow Telegram's wording, byte offsets included, so a failing test shows the
 * message the bot would get in production.
 *
 * <p>One deliberate difference: Telegram keeps an {@code &} that starts no entity as a literal
 * character, but this parser rejects it. A bot that leaves {@code &} unescaped also leaves user
 * text such as {@code &lt;} unescaped, which Telegram would then show as {@code <}.
 */
final class TelegramHtml {

  private static final Set<String> TAGS =
      Set.of("b strong i em u ins s strike del a code pre tg-spoiler blockquote span".split(" "));

  private final String html;
  private final StringBuilder plain = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private int pos;

  private TelegramHtml(String html) {
    this.html = html;
  }

  /** The text without tags and with entities decoded; throws a 400 {@link ApiError} if invalid. */
  static String toPlainText(String html) {
    TelegramHtml parser = new TelegramHtml(html);
    parser.parse();
    return parser.plain.toString();
  }

  private void parse() {
    while (pos < html.length()) {
      char c = html.charAt(pos);
      if (c == '&') {
        plain.append(entity(pos));
      } else if (c != '<') {
        plain.append(c);
        pos++;
      } else if (pos + 1 < html.length() && html.charAt(pos + 1) == '/') {
        endTag();
      } else {
        startTag();
      }
    }
    if (!open.isEmpty()) {
      throw error("Can't find end tag corresponding to start tag " + open.peek());
    }
  }

  private void startTag() {
    int begin = pos++;
    while (pos < html.length() && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>') {
      pos++;
    }
    if (pos >= html.length()) {
      throw error("Unclosed start tag at byte offset " + byteOffset(begin));
    }
    String name = html.substring(begin + 1, pos).toLowerCase(Locale.ROOT);
    if (!TAGS.contains(name)) {
      throw error("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(begin));
    }
    Map<String, String> attributes = attributes(name, begin);
    pos++;
    if (name.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
      throw error(
          "Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(begin));
    }
    open.push(name);
  }

  private Map<String, String> attributes(String tag, int begin) {
    Map<String, String> attributes = new HashMap<>();
    while (true) {
      skipSpaces();
      if (pos >= html.length()) {
        throw error("Unclosed start tag at byte offset " + byteOffset(begin));
      }
      if (html.charAt(pos) == '>') {
        return attributes;
      }
      int nameStart = pos;
      while (pos < html.length()
          && !isSpace(html.charAt(pos))
          && "=>".indexOf(html.charAt(pos)) < 0) {
        pos++;
      }
      String name = html.substring(nameStart, pos).toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw error(
            "Empty attribute name in the tag \"" + tag + "\" at byte offset " + byteOffset(begin));
      }
      skipSpaces();
      boolean valueless = pos >= html.length() || html.charAt(pos) != '=';
      if (valueless && tag.equals("blockquote") && name.equals("expandable")) {
        continue;
      }
      if (valueless) {
        throw error(
            "Expected equal sign in declaration of an attribute of the tag \""
                + tag
                + "\" at byte offset "
                + byteOffset(begin));
      }
      pos++;
      skipSpaces();
      if (pos >= html.length()) {
        throw error("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(begin));
      }
      attributes.put(name, attributeValue(begin));
    }
  }

  private String attributeValue(int tagBegin) {
    char quote = html.charAt(pos);
    StringBuilder value = new StringBuilder();
    if (quote != '"' && quote != '\'') {
      int tokenStart = pos;
      while (pos < html.length()
          && (Character.isLetterOrDigit(html.charAt(pos)) || ".-".indexOf(html.charAt(pos)) >= 0)) {
        pos++;
      }
      if (pos < html.length() && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>') {
        throw error("Unexpected end of name token at byte offset " + byteOffset(tokenStart));
      }
      return html.substring(tokenStart, pos).toLowerCase(Locale.ROOT);
    }
    pos++;
    while (pos < html.length() && html.charAt(pos) != quote) {
      value.append(html.charAt(pos) == '&' ? entity(pos) : String.valueOf(html.charAt(pos++)));
    }
    if (pos >= html.length()) {
      throw error("Unclosed start tag at byte offset " + byteOffset(tagBegin));
    }
    pos++;
    return value.toString();
  }

  private void endTag() {
    int begin = pos;
    if (open.isEmpty()) {
      throw error("Unexpected end tag at byte offset " + byteOffset(begin));
    }
    pos += 2;
    while (pos < html.length() && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>') {
      pos++;
    }
    String name = html.substring(begin + 2, pos).toLowerCase(Locale.ROOT);
    skipSpaces();
    if (pos >= html.length() || html.charAt(pos) != '>') {
      throw error("Unclosed end tag at byte offset " + byteOffset(begin));
    }
    pos++;
    if (!name.isEmpty() && !name.equals(open.peek())) {
      throw error(
          "Unmatched end tag at byte offset "
              + byteOffset(begin)
              + ", expected \"</"
              + open.peek()
              + ">\", found \"</"
              + name
              + ">\"");
    }
    open.pop();
  }

  /** Decodes the entity at {@code at} and moves past it. */
  private String entity(int at) {
    HtmlEntities.Decoded decoded = HtmlEntities.decodeAt(html, at);
    if (decoded == null) {
      throw error(
          "Character '&' at byte offset "
              + byteOffset(at)
              + " starts no supported entity (&lt; &gt; &amp; &quot; &#NNN;); escape it as &amp;");
    }
    pos = decoded.next();
    return decoded.text();
  }

  private void skipSpaces() {
    while (pos < html.length() && isSpace(html.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private int byteOffset(int index) {
    return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
  }

  private static ApiError error(String detail) {
    return ApiError.badRequest("can't parse entities: " + detail);
  }
}
