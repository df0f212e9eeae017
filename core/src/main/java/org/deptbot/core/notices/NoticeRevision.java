package org.deptbot.core.notices;

import java.time.Instant;
import java.util.Map;

/**
 * One published state of a notice. Every revision is kept: it is a public record, and each one is
 * its own CAP message referring to the earlier ones.
 *
 * @param number 1 for the first issue, then 2, 3, ...
 * @param kind why this revision exists
 * @param values the filled blanks
 * @param title the title as posted
 * @param body the body as posted
 * @param note what the issuer said about the change (the update line, or the cancel text)
 * @param planned whether its deliveries are queued: the outbox mark that lets a crash between
 *     storing the revision and queueing its deliveries be finished later
 */
public record NoticeRevision(
    int number,
    Kind kind,
    Instant at,
    String byStaffId,
    Map<String, String> values,
    String title,
    String body,
    String note,
    boolean planned) {

  /** Why a revision was made. */
  public enum Kind {
    ISSUE,
    UPDATE,
    CANCEL,
    EXPIRE,
    /** The person was found: the posts are replaced by a short text without personal details. */
    FOUND
  }

  public NoticeRevision {
    values = values == null ? Map.of() : Map.copyOf(values);
  }
}
