package org.deptbot.bot.telegram.fake;

/**
 * The character references Telegram's HTML knows: {@code &lt; &gt; &amp; &quot;} and numeric ones
 * such as {@code &#128110;} or {@code &#x1F46E;}. Unlike Telegram, the closing {@code ;} is
 * required (see {@link TelegramHtml} for why the fake is stricter).
 */
final class HtmlEntities {

  /** A decoded reference and the index just after it. */
  record Decoded(String text, int next) {}

  private HtmlEntities() {}

  /** Decodes the reference starting with the {@code &} at {@code at}, or returns null. */
  static Decoded decodeAt(String html, int at) {
    int semicolon = html.indexOf(';', at);
    if (semicolon <= at + 1 || semicolon - at > 10) {
      return null;
    }
    String name = html.substring(at + 1, semicolon);
    String text =
        switch (name) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          default -> numeric(name);
        };
    return text == null ? null : new Decoded(text, semicolon + 1);
  }

  private static String numeric(String name) {
    if (!name.startsWith("#") || name.length() < 2) {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, hex ? 16 : 10) >= 0)) {
      return null;
    }
    try {
      int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
      boolean valid =
          codePoint > 0 && codePoint < 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
      return valid ? Character.toString(codePoint) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
