package org.deptbot.core.reports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals an anonymous reporter's contact with AES-256-GCM under the department's key (from the
 * environment, never the database), so nobody reading the case can tell who reported it; the bot
 * alone opens it to relay updates. It also makes the reporter's tag: a keyed hash that finds a
 * reporter's own cases without naming them.
 */
public final class ReporterSeal {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param key 32 bytes
   */
  public ReporterSeal(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "the reporter seal key is 32 bytes (base64: 44 characters)");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** From a base64 key, such as the {@code REPORTS_SEAL_KEY} environment variable. */
  public static ReporterSeal fromBase64(String key) {
    return new ReporterSeal(Base64.getDecoder().decode(key.strip()));
  }

  /** A fresh random key, for a demo run; reports sealed with it cannot be opened after restart. */
  public static ReporterSeal ephemeral() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new ReporterSeal(key);
  }

  public String seal(String plain) {
    return "sealed:"
        + Base64.getEncoder().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8)));
  }

  /** Opens what {@link #seal} made; fails if it was made with another key or altered. */
  public String open(String sealed) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring("sealed:".length()));
      return new String(openBytes(in), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("this contact was sealed with another key, or altered", e);
    }
  }

  /** Seals bytes, such as a file's original: a fresh nonce, then the ciphertext and its tag. */
  public byte[] sealBytes(byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[NONCE + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal", e);
    }
  }

  /** Opens what {@link #sealBytes} made; fails if it was made with another key or altered. */
  public byte[] openBytes(byte[] in) {
    try {
      if (in.length < NONCE) {
        throw new IllegalArgumentException("too short to be sealed");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
      return cipher.doFinal(in, NONCE, in.length - NONCE);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("this was sealed with another key, or altered", e);
    }
  }

  public static boolean isSealed(String value) {
    return value != null && value.startsWith("sealed:");
  }

  /** The reporter's tag: HMAC-SHA-256 of their chat identity under the key. */
  public String tag(String reporterIdentity) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(reporterIdentity.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not tag", e);
    }
  }
}
