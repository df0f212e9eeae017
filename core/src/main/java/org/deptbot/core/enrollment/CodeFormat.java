package org.deptbot.core.enrollment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How enrollment codes look: ten characters of Crockford base32 (50 random bits) shown as {@code
 * K7QM3-XPD9R}. Typing is forgiving: case, spaces and dashes do not matter, and O/I/L read as
 * 0/1/1, because people copy these codes from paper or a phone.
 */
final class CodeFormat {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 10;

  private final SecureRandom random;

  CodeFormat(SecureRandom random) {
    this.random = random;
  }

  String newCode() {
    StringBuilder code = new StringBuilder(LENGTH + 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The canonical form of what a person typed, or null if it cannot be a code at all. */
  static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      char mapped =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(mapped) < 0) {
        return null;
      }
      out.append(mapped);
    }
    return out.length() == LENGTH ? out.toString() : null;
  }

  static String hash(String normalized) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
