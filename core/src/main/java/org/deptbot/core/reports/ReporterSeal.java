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
 * Seals what would tie a person to an anonymous record (a reporter's contact, a tipster's chat, a
 * guided flow's draft, a button's owner) with AES-256-GCM, so nobody reading the database, a backup
 * or an export can tell who it was; the bot alone opens it. Two keys are derived from the
 * department's key ({@code DEPTBOT_REPORTS_SEAL_KEY}, from the environment, never the database):
 * one seals, the other makes tags (keyed hashes for short-lived counters), so neither use weakens
 * the other. What an earlier version sealed with the department's key itself still opens.
 */
public final class ReporterSeal {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private final boolean lasting;
  private final SecretKeySpec legacyKey;
  private final SecretKeySpec key;
  private final SecretKeySpec tagKey;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param key 32 bytes
   */
  public ReporterSeal(byte[] key) {
    this(key, true);
  }

  private ReporterSeal(byte[] key, boolean lasting) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "the reporter seal key is 32 bytes (base64: 44 characters)");
    }
    this.lasting = lasting;
    this.legacyKey = new SecretKeySpec(key, "AES");
    this.key = new SecretKeySpec(derive(key, "deptbot seal v2"), "AES");
    this.tagKey = new SecretKeySpec(derive(key, "deptbot tag v2"), "HmacSHA256");
  }

  /** A key of its own for each use: HMAC-SHA-256 of the purpose under the department's key. */
  private static byte[] derive(byte[] master, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not derive a key", e);
    }
  }

  /** From a base64 key, such as the {@code DEPTBOT_REPORTS_SEAL_KEY} environment variable. */
  public static ReporterSeal fromBase64(String key) {
    return new ReporterSeal(Base64.getDecoder().decode(key.strip()));
  }

  /** A fresh random key, for a demo run; reports sealed with it cannot be opened after restart. */
  public static ReporterSeal ephemeral() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new ReporterSeal(key, false);
  }

  /** Whether the key outlives this process: false for a key of the moment ({@link #ephemeral}). */
  public boolean lasting() {
    return lasting;
  }

  public String seal(String plain) {
    return "sealed:"
        + Base64.getEncoder().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Opens what {@link #seal} made; fails with {@link SealUnreadable} if it was made with another
   * key or altered.
   */
  public String open(String sealed) {
    byte[] in;
    try {
      in = Base64.getDecoder().decode(sealed.substring("sealed:".length()));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new SealUnreadable(e);
    }
    return new String(openBytes(in), StandardCharsets.UTF_8);
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

  /**
   * Opens what {@link #sealBytes} made (or an earlier version sealed with the department's key
   * itself); fails with {@link SealUnreadable} if it was made with another key or altered.
   */
  public byte[] openBytes(byte[] in) {
    try {
      return openBytes(in, key);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      try {
        return openBytes(in, legacyKey); // sealed before the keys were derived
      } catch (GeneralSecurityException | IllegalArgumentException legacy) {
        throw new SealUnreadable(e);
      }
    }
  }

  private static byte[] openBytes(byte[] in, SecretKeySpec with) throws GeneralSecurityException {
    if (in.length < NONCE) {
      throw new IllegalArgumentException("too short to be sealed");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, with, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
    return cipher.doFinal(in, NONCE, in.length - NONCE);
  }

  /** What was sealed with another key, or altered: it can never be opened here. */
  public static final class SealUnreadable extends IllegalStateException {
    SealUnreadable(Throwable cause) {
      super("this was sealed with another key, or altered", cause);
    }
  }

  public static boolean isSealed(String value) {
    return value != null && value.startsWith("sealed:");
  }

  /**
   * A keyed hash of {@code value} under the tag key: the same value gives the same tag, and nobody
   * without the department's key can tell which value it came from. Never stored next to anything
   * that names an anonymous record.
   */
  public String tag(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(tagKey);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not tag", e);
    }
  }
}
