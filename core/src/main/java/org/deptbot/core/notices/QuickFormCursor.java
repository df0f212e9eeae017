package org.deptbot.core.notices;

/**
 * Character-level reading for {@link QuickFormParser}: words, spaces and quoted values. Problems
 * are thrown as {@link Rejected} carrying the message for the dispatcher.
 */
final class QuickFormCursor {

  private final String text;
  private int pos;

  QuickFormCursor(String text) {
    this.text = text;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  char peek() {
    return text.charAt(pos);
  }

  void skip() {
    pos++;
  }

  int position() {
    return pos;
  }

  void skipSpace() {
    while (!atEnd() && isSpace(peek())) {
      pos++;
    }
  }

  /** Reads up to the next space. */
  String word() {
    int start = pos;
    while (!atEnd() && !isSpace(peek())) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** Reads up to the next {@code =} or space, leaving the cursor on it. */
  String name() {
    int start = pos;
    while (!atEnd() && peek() != '=' && !isSpace(peek())) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** The rest of the text from {@code start}. */
  String from(int start) {
    return text.substring(start);
  }

  /** Reads the value after {@code name=}: quoted, or bare up to the next space. */
  String value(String name) {
    if (atEnd() || isSpace(peek())) {
      throw new Rejected(
          "Nothing follows %s=; put the value right after =, or %s=\"\" to leave it empty."
              .formatted(name, name));
    }
    if (isDoubleQuote(peek())) {
      return doubleQuoted(name);
    }
    if (isSingleQuote(peek())) {
      return singleQuoted(name);
    }
    return word();
  }

  private String doubleQuoted(String name) {
    StringBuilder value = new StringBuilder();
    for (pos++; !atEnd(); ) {
      char c = text.charAt(pos++);
      if (c == '\\' && !atEnd() && (isDoubleQuote(peek()) || peek() == '\\')) {
        value.append(text.charAt(pos++));
      } else if (isDoubleQuote(c)) {
        // Glued text after the quote is most often a forgotten space or an unescaped inner quote;
        // guessing either way could post the wrong words.
        if (!atEnd() && !isSpace(peek())) {
          throw new Rejected(
              "Add a space after the closing quote of %s=; for a quote inside the value write \\\""
                  .formatted(name));
        }
        return value.toString();
      } else {
        value.append(c);
      }
    }
    throw unclosed(name);
  }

  private String singleQuoted(String name) {
    StringBuilder value = new StringBuilder();
    for (pos++; !atEnd(); ) {
      char c = text.charAt(pos++);
      if (c == '\\' && !atEnd() && isSingleQuote(peek())) {
        value.append(text.charAt(pos++));
      } else if (isSingleQuote(c) && (atEnd() || isSpace(peek()))) {
        return value.toString();
      } else {
        // A quote inside a word is an apostrophe (O'Brien, phones type O’Brien), not the end.
        value.append(c);
      }
    }
    throw unclosed(name);
  }

  private static Rejected unclosed(String name) {
    return new Rejected(
        "The quote after %s= is not closed; end the value with a matching quote.".formatted(name));
  }

  // Phones insert no-break spaces, which Character.isWhitespace does not count.
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  private static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** A dispatcher-facing message; thrown to unwind the parse, so it needs no stack trace. */
  static final class Rejected extends RuntimeException {
    Rejected(String message) {
      super(message, null, false, false);
    }
  }
}
