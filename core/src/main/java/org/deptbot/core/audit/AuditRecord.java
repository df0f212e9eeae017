package org.deptbot.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a feature asks the audit log to record: who did what to which record, from where. The log
 * adds the sequence number, the time and the hashes.
 *
 * <p>The caller decides what may be recorded: {@code actor} is a staff id or a non-identifying word
 * such as {@link #PUBLIC} or {@link #SYSTEM}, never the identity of an anonymous reporter or
 * tipster. {@code details} are a few short facts (a version, a new status), not document bodies.
 *
 * @param actor a staff id, {@code "public"} or {@code "system"}
 * @param channel where the action came from
 * @param action a short verb code, lower case with dots: {@code template.approved}
 * @param subject the record concerned as {@code type:id}: {@code notice:N-2026-000001}
 * @param details at most {@value #MAX_DETAILS} short facts; keys are plain words (letters, digits,
 *     {@code _} or {@code -}) so they can be stored as MongoDB field names
 */
public record AuditRecord(
    String actor,
    AuditChannel channel,
    String action,
    String subject,
    Map<String, String> details) {

  /** The actor for anyone who is not staff. */
  public static final String PUBLIC = "public";

  /** The actor for the software's own work. */
  public static final String SYSTEM = "system";

  public static final int MAX_DETAILS = 20;
  public static final int MAX_VALUE_LENGTH = 500;

  /** {@code text} stripped and, if longer than a detail may be, cut short with an ellipsis. */
  public static String fitted(String text) {
    String t = text.strip();
    return t.length() <= MAX_VALUE_LENGTH ? t : t.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
  private static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9_-]*:\\S.*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

  public AuditRecord {
    requireText(actor, "actor");
    Objects.requireNonNull(channel, "channel");
    if (action == null || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException("action is a dotted lower-case code: " + action);
    }
    if (subject == null || !SUBJECT.matcher(subject).matches()) {
      throw new IllegalArgumentException("subject is type:id, such as notice:N-1: " + subject);
    }
    details = checked(details == null ? Map.of() : details);
  }

  /** A record without details. */
  public static AuditRecord of(String actor, AuditChannel channel, String action, String subject) {
    return new AuditRecord(actor, channel, action, subject, Map.of());
  }

  /** A record with details. */
  public static AuditRecord of(
      String actor,
      AuditChannel channel,
      String action,
      String subject,
      Map<String, String> details) {
    return new AuditRecord(actor, channel, action, subject, details);
  }

  /** This record with one more detail. */
  public AuditRecord with(String key, String value) {
    var more = new LinkedHashMap<>(details);
    more.put(key, value);
    return new AuditRecord(actor, channel, action, subject, more);
  }

  private static Map<String, String> checked(Map<String, String> details) {
    if (details.size() > MAX_DETAILS) {
      throw new IllegalArgumentException("at most " + MAX_DETAILS + " details");
    }
    details.forEach(
        (key, value) -> {
          if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("detail keys are plain words: " + key);
          }
          if (value == null || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(
                "detail " + key + " needs a value of at most " + MAX_VALUE_LENGTH + " characters");
          }
        });
    return Map.copyOf(details);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
