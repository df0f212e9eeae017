package org.deptbot.core.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt keys: what an anonymous reporter or tipster is given once, at Submit, to follow their
 * case or tip from any chat account later ({@code /mycases KEY}, {@code /mytip KEY}). A key is 100
 * random bits written as five groups of four letters and digits; only its SHA-256 is stored, on the
 * record itself, so the record holds nothing that leads back to a person and a database reader
 * cannot turn the hash back into the key.
 */
public final class ReceiptKeys {

  /** Crockford's base 32: no I, L, O or U, so a key read aloud or copied by hand survives. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final int GROUPS = 5;
  private static final int GROUP = 4;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReceiptKeys() {}

  /** A new key, such as {@code 7KQX-M3P9-H2WD-0TNB-R5ZE}. */
  public static String newKey() {
    StringBuilder key = new StringBuilder();
    for (int g = 0; g < GROUPS; g++) {
      if (g > 0) {
        key.append('-');
      }
      for (int i = 0; i < GROUP; i++) {
        key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
    }
    return key.toString();
  }

  /**
   * The stored form of a key as someone typed it: case, spaces and dashes do not matter, and the
   * letters people confuse with digits (O, I, L) count as those digits. Empty if it cannot be a
   * key.
   */
  public static Optional<String> hashOf(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    StringBuilder plain = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      char d =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(d) >= 0) {
        plain.append(d);
      } else if (d != '-' && d != ' ') {
        return Optional.empty();
      }
    }
    if (plain.length() != GROUPS * GROUP) {
      return Optional.empty();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("receipt:" + plain).getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored form of a key this class made. */
  public static String hash(String key) {
    return hashOf(key).orElseThrow(() -> new IllegalArgumentException("not a receipt key"));
  }
}
