package org.deptbot.core.records;

import java.time.Instant;
import java.util.Objects;

/**
 * Which records a legal hold keeps or an export takes: one case, one notice, one staff member's
 * records, or everything alive in a date range.
 *
 * <ul>
 *   <li>{@code CASE}: the report (case number {@code R-…}) or tip ({@code T-…}) with that number.
 *   <li>{@code NOTICE}: the notice with that number, and the tips that answer it. The template
 *       version it was issued from is kept as long as the notice is.
 *   <li>{@code STAFF}: every record the member is part of: reports they filed (not anonymous ones,
 *       which do not name their reporter), are the subject of or handled; notices they issued or
 *       changed; tips they handled; templates they wrote or approved.
 *   <li>{@code DATE_RANGE}: every record open at some moment between {@code from} and {@code to}
 *       (opened before {@code to} and not closed before {@code from}).
 * </ul>
 *
 * @param target the case number, notice number or staff id; null for a date range
 * @param from start of a date range, inclusive; null otherwise
 * @param to end of a date range, inclusive; null otherwise
 */
public record RecordScope(Kind kind, String target, Instant from, Instant to) {

  /** What a scope is drawn around. */
  public enum Kind {
    CASE,
    NOTICE,
    STAFF,
    DATE_RANGE
  }

  public RecordScope {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.DATE_RANGE) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("a date range ends after it starts: " + from + " " + to);
      }
      target = null;
    } else {
      if (target == null || target.isBlank()) {
        throw new IllegalArgumentException(kind + " needs a case number, notice number or id");
      }
      target = target.strip();
      from = null;
      to = null;
    }
  }

  public static RecordScope ofCase(String caseOrTipNumber) {
    return new RecordScope(Kind.CASE, caseOrTipNumber, null, null);
  }

  public static RecordScope ofNotice(String noticeNumber) {
    return new RecordScope(Kind.NOTICE, noticeNumber, null, null);
  }

  public static RecordScope ofStaff(String staffId) {
    return new RecordScope(Kind.STAFF, staffId, null, null);
  }

  public static RecordScope between(Instant from, Instant to) {
    return new RecordScope(Kind.DATE_RANGE, null, from, to);
  }

  /** Whether the record is inside this scope. */
  public boolean covers(RecordFacts record) {
    return switch (kind) {
      case CASE ->
          (record.type() == RecordType.REPORT || record.type() == RecordType.TIP)
              && target.equalsIgnoreCase(record.id());
      case NOTICE ->
          (record.type() == RecordType.NOTICE && target.equalsIgnoreCase(record.id()))
              || (record.type() == RecordType.TIP
                  && record.linkedIds().stream().anyMatch(target::equalsIgnoreCase));
      case STAFF -> record.staffIds().contains(target);
      case DATE_RANGE ->
          record.openedAt() != null
              && !record.openedAt().isAfter(to)
              && (record.closedAt() == null || !record.closedAt().isBefore(from));
    };
  }

  /** A short description for audit entries and manifests: {@code case R-2026-000042}. */
  public String describe() {
    return kind == Kind.DATE_RANGE
        ? "records open between " + from + " and " + to
        : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + target;
  }
}
