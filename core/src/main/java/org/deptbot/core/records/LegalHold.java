package org.deptbot.core.records;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A legal hold (collection {@code legal_holds}): while it is active, nothing inside its scope is
 * purged, whatever the retention schedule says. Lifting a hold keeps the document, with who lifted
 * it, when and why, so the record of holds is itself complete.
 *
 * @param id the hold number, such as {@code H-2026-000003}
 * @param reason why it was placed: the matter, the request, the case reference
 * @param placedBy the staff id of whoever placed it
 * @param liftedAt when it was lifted, or null while it is active
 */
@Document("legal_holds")
public record LegalHold(
    @Id String id,
    RecordScope scope,
    String reason,
    String placedBy,
    Instant placedAt,
    String liftedBy,
    Instant liftedAt,
    String liftReason) {

  public boolean active() {
    return liftedAt == null;
  }

  /** Whether this hold, while active, keeps the record. */
  public boolean keeps(RecordFacts record) {
    return active() && scope.covers(record);
  }

  LegalHold lifted(String by, String why, Instant at) {
    return new LegalHold(id, scope, reason, placedBy, placedAt, by, at, why);
  }
}
