package org.deptbot.bot.discord;

import java.util.List;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.RichText.Span;

/**
 * Renders {@link RichText} as Discord markdown. Every text is escaped, so user and template text
 * never turns into markup, headings, masked links or mentions.
 */
final class DiscordMarkdown {

  /** The most characters Discord takes in a message's content. */
  static final int MAX_CONTENT = 2000;

  /** Marks that work anywhere in a line. */
  private static final String INLINE = "\\*_~`|[]<";

  /** Marks that only work at the start of a line: headings, lists, quotes. */
  private static final String LINE_START = "#->+";

  private DiscordMarkdown() {}

  static String render(RichText text) {
    StringBuilder out = new StringBuilder();
    for (Span span : text.spans()) {
      switch (span.mark()) {
        case PLAIN -> out.append(escape(span.text(), atLineStart(out)));
        case BOLD -> wrap(out, "**", span.text());
        case ITALIC -> wrap(out, "*", span.text());
        case CODE -> out.append('`').append(span.text().replace('`', '\'')).append('`');
        case LINK ->
            out.append('[')
                .append(escape(span.text(), false))
                .append("](")
                .append(span.href().replace("(", "%28").replace(")", "%29"))
                .append(')');
      }
    }
    return out.toString();
  }

  /**
   * The text as message contents of at most {@code max} characters each, cut at line breaks where
   * possible. Escaping makes the markdown longer than the text, so the cut is tightened until every
   * part fits.
   */
  static List<String> split(RichText text, int max) {
    int visible = max;
    while (true) {
      List<String> parts = text.split(visible).stream().map(DiscordMarkdown::render).toList();
      int longest = parts.stream().mapToInt(String::length).max().orElse(0);
      if (longest <= max || visible <= 2) {
        return parts;
      }
      visible = Math.max(2, (int) ((long) visible * max / longest) - 1);
    }
  }

  /** Text that Discord shows as it is, starting a line. */
  static String escape(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean lineStart) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean startsLine = i == 0 ? lineStart : text.charAt(i - 1) == '\n';
      if (INLINE.indexOf(c) >= 0 || (startsLine && LINE_START.indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean atLineStart(StringBuilder out) {
    return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
  }

  /** Marks each line on its own: Discord does not carry bold or italic over a line break. */
  private static void wrap(StringBuilder out, String mark, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      if (!lines[i].isBlank()) {
        out.append(mark).append(escape(lines[i], false)).append(mark);
      } else {
        out.append(lines[i]);
      }
    }
  }
}
