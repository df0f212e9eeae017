package org.deptbot.bot;

/**
 * The department key of the tests that start the bot with a platform token, which refuses to start
 * without one. Made up for the tests; a department makes its own with {@code openssl rand -base64
 * 32}.
 */
public final class TestSealKey {

  /** 32 bytes, 0 to 31, in base64. */
  public static final String BASE64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  private TestSealKey() {}
}
