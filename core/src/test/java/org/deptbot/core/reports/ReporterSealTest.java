package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReporterSealTest {

  private final ReporterSeal seal = ReporterSeal.ephemeral();

  @Test
  void aSealedContactOpensWithTheSameKeyOnlyAndShowsNothingOfIt() {
    String sealed = seal.seal("s-031|TELEGRAM|700000031");

    assertThat(sealed).startsWith("sealed:").doesNotContain("s-031", "700000031");
    assertThat(seal.open(sealed)).isEqualTo("s-031|TELEGRAM|700000031");
    assertThatThrownBy(() -> ReporterSeal.ephemeral().open(sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAlteredSealIsRefused() {
    String sealed = seal.seal("s-031|TELEGRAM|700000031");
    byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring("sealed:".length()));
    bytes[bytes.length / 2] ^= 1;
    String altered = "sealed:" + java.util.Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> seal.open(altered)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sealingTwiceGivesDifferentTextsButTheTagIsStable() {
    assertThat(seal.seal("s-031")).isNotEqualTo(seal.seal("s-031"));
    assertThat(seal.tag("s-031")).isEqualTo(seal.tag("s-031")).isNotEqualTo(seal.tag("s-032"));
  }

  @Test
  void sealingAndTaggingUseKeysOfTheirOwnAndOldSealsStillOpen() throws Exception {
    byte[] master = new byte[32];
    master[0] = 7;
    ReporterSeal seal = new ReporterSeal(master);
    // what an earlier version sealed with the department's key itself
    javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
    byte[] nonce = new byte[12];
    cipher.init(
        javax.crypto.Cipher.ENCRYPT_MODE,
        new javax.crypto.spec.SecretKeySpec(master, "AES"),
        new javax.crypto.spec.GCMParameterSpec(128, nonce));
    byte[] body = cipher.doFinal("TELEGRAM:700000031".getBytes());
    byte[] all = new byte[12 + body.length];
    System.arraycopy(body, 0, all, 12, body.length);
    String old = "sealed:" + java.util.Base64.getEncoder().encodeToString(all);

    assertThat(seal.open(old)).isEqualTo("TELEGRAM:700000031");
    // the tag is not the plain HMAC under the department's key
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(master, "HmacSHA256"));
    String plainHmac = java.util.HexFormat.of().formatHex(mac.doFinal("s-031".getBytes()));
    assertThat(seal.tag("s-031")).isNotEqualTo(plainHmac);
    assertThatThrownBy(() -> seal.open("sealed:%%%"))
        .isInstanceOf(ReporterSeal.SealUnreadable.class);
  }

  @Test
  void sealedBytesOpenWithTheSameKeyOnlyAndAnAlteredByteIsRefused() {
    ReporterSeal seal = ReporterSeal.ephemeral();
    byte[] original =
        "GPS 40.7128 N, owner Quinn".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    byte[] sealed = seal.sealBytes(original);

    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Quinn");
    assertThat(seal.openBytes(sealed)).isEqualTo(original);
    assertThatThrownBy(() -> ReporterSeal.ephemeral().openBytes(sealed))
        .isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> seal.openBytes(sealed)).isInstanceOf(IllegalStateException.class);
  }
}
