package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvidenceStoreIT {

  private EvidenceStore store;

  @BeforeEach
  void setUp() {
    store =
        new EvidenceStore(
            TestMongo.newDatabase(), new MutableClock(ReportFixtures.T0), 100, 250, 3);
  }

  @Test
  void keepsTheBytesWithTheirHashAndGivesThemBackUnchanged() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    EvidenceStore.Added added = store.add("intake-1", "shot.png", "image/png", png);

    assertThat(added.refusal()).isNull();
    assertThat(added.evidence().sha256()).hasSize(64).isEqualTo(EvidenceStore.sha256(png));
    assertThat(store.bytes(store.of("intake-1").get(0))).isEqualTo(png);
    assertThat(store.of("another-intake")).isEmpty();
  }

  @Test
  void refusesOtherTypesFilesTooBigTooManyAndTooMuchInTotalButKeepsADuplicateOnce() {
    assertThat(store.add("i", "x.exe", "application/x-msdownload", new byte[1]).refusal())
        .isEqualTo(EvidenceStore.Refusal.TYPE);
    assertThat(store.add("i", "big.png", "image/png", new byte[101]).refusal())
        .isEqualTo(EvidenceStore.Refusal.FILE_TOO_BIG);

    store.add("i", "a.png", "image/png", new byte[] {1});
    store.add("i", "a-again.png", "image/png", new byte[] {1});
    store.add("i", "b.png", "image/png", new byte[100]);
    assertThat(store.add("i", "c.png", "image/png", new byte[] {3, 3}).refusal()).isNull();
    assertThat(store.of("i")).hasSize(3);
    assertThat(store.add("i", "d.png", "image/png", new byte[] {4}).refusal())
        .isEqualTo(EvidenceStore.Refusal.TOO_MANY);
    assertThat(store.of("i")).extracting(Evidence::number).containsExactly(1, 2, 3);
  }

  @Test
  void theTotalPerReportIsCapped() {
    store.add("j", "a.png", "image/png", new byte[100]);
    store.add("j", "b.png", "image/png", new byte[99]);

    assertThat(store.add("j", "c.png", "image/png", new byte[60]).refusal())
        .isEqualTo(EvidenceStore.Refusal.TOTAL_TOO_BIG);
  }
}
