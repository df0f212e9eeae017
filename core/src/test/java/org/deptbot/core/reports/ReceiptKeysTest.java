package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptKeysTest {

  @Test
  void aKeyIsFiveGroupsOfFourAndNeverRepeats() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String key = ReceiptKeys.newKey();
      assertThat(key).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
      assertThat(seen.add(key)).isTrue();
    }
  }

  @Test
  void aKeyTypedCarelesslyStillMatchesButAnotherDoesNot() {
    String key = "7KQX-M3P9-H2WD-0TNB-R51E";
    String stored = ReceiptKeys.hash(key);

    assertThat(ReceiptKeys.hashOf("7kqx m3p9 h2wd otnb r5le")).contains(stored);
    assertThat(ReceiptKeys.hashOf("7KQXM3P9H2WD0TNBR5IE")).contains(stored);
    assertThat(ReceiptKeys.hashOf("7KQX-M3P9-H2WD-0TNB-R51F")).isNotEqualTo(stored);
    assertThat(stored).hasSize(64).doesNotContain("7KQX");
  }

  @Test
  void whatCannotBeAKeyIsNoKey() {
    assertThat(ReceiptKeys.hashOf("R-2026-000042")).isEmpty();
    assertThat(ReceiptKeys.hashOf("7KQX-M3P9")).isEmpty();
    assertThat(ReceiptKeys.hashOf("7KQX-M3P9-H2WD-0TNB-R5Z!")).isEmpty();
    assertThat(ReceiptKeys.hashOf(null)).isEmpty();
  }
}
