package org.deptbot.core.notices.cap;

/** The text rules CAP and XML 1.0 impose, shared by the records and the writer. */
final class CapText {

  private CapText() {}

  /**
   * Checks an identifier or sender. CAP forbids spaces and commas in them because references join
   * them as comma-separated triples separated by spaces; {@code <} and {@code &} are its restricted
   * characters. Control characters are refused too, since stripping them would silently change the
   * id that later revisions must quote.
   */
  static String requireToken(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || c == ','
          || c == '<'
          || c == '&') {
        throw new IllegalArgumentException(
            name + " must not contain spaces, commas, control characters, '<' or '&': " + value);
      }
    }
    return value;
  }

  /** Checks a text the CAP schema requires, so an empty element is never written. */
  static String requireText(String value, String name) {
    if (value == null || xmlSafe(value).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** The text ready to write, or null when nothing printable is left and the element is omitted. */
  static String optional(String value) {
    if (value == null) {
      return null;
    }
    String safe = xmlSafe(value);
    return safe.isBlank() ? null : safe;
  }

  /**
   * Removes what XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, newline and
   * carriage return, unpaired surrogates, and U+FFFE/U+FFFF. Pasted text from phones and word
   * processors does contain these, and one of them would make the whole document unreadable.
   */
  static String xmlSafe(String value) {
    StringBuilder out = null;
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      if (allowedInXml(cp)) {
        if (out != null) {
          out.appendCodePoint(cp);
        }
      } else if (out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      i += width;
    }
    return out == null ? value : out.toString();
  }

  private static boolean allowedInXml(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
