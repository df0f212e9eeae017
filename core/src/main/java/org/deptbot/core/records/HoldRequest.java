package org.deptbot.core.records;

import java.util.Objects;

/**
 * A request to place a legal hold. The reason is checked by {@link LegalHolds#place}, after the
 * requester's permission, so someone not allowed to place holds learns nothing from the answer.
 *
 * @param reason why: the matter or request the records are held for
 */
public record HoldRequest(RecordScope scope, String reason) {

  public HoldRequest {
    Objects.requireNonNull(scope, "scope");
  }
}
