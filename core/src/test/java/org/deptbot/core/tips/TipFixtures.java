package org.deptbot.core.tips;

import java.time.Instant;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.ReporterSeal;

/** Test-data builders for tips. */
final class TipFixtures {

  static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
  static final ReporterSeal SEAL = ReporterSeal.ephemeral();

  private TipFixtures() {}

  static Tip newTip(String id, String intakeKey) {
    return newTip(id, intakeKey, ReceiptKeys.newKey());
  }

  static Tip newTip(String id, String intakeKey, String receiptKey) {
    return Tip.submitted(
        id,
        intakeKey,
        "N-2026-000007",
        "The white van from the notice parks behind the laundromat on Elm every night.",
        null,
        ReceiptKeys.hash(receiptKey),
        SEAL.seal("TRAINING:public:public"),
        null,
        T0);
  }
}
