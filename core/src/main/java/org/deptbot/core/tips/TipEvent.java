package org.deptbot.core.tips;

import java.time.Instant;

/**
 * One thing that happened to a tip, kept in the tip document in order.
 *
 * @param by a staff id, {@code tipster} (never the tipster's identity), or {@code system}
 * @param note the question, the answer, the closing note; may be empty
 * @param forTipster whether the tipster is told of it
 */
public record TipEvent(Instant at, Kind kind, String by, String note, boolean forTipster) {

  /** What happened. */
  public enum Kind {
    SUBMITTED,
    ACKNOWLEDGED,
    QUESTION_ASKED,
    TIPSTER_ANSWERED,
    TIPSTER_ADDED,
    CLOSED
  }

  public TipEvent {
    note = note == null ? "" : note;
  }
}
