package org.deptbot.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical serialization of an audit entry and its SHA-256, so that anyone holding an export
 * can recompute the chain without this code.
 *
 * <p>Version 1: UTF-8 text, one line per field, each line ending in {@code \n}, in this order:
 *
 * <pre>
 * deptbot-audit-v1
 * seq=&lt;decimal&gt;
 * at=&lt;milliseconds since 1970-01-01T00:00:00Z, decimal&gt;
 * actor=&lt;text&gt;
 * channel=&lt;text&gt;            (the enum name, e.g. TELEGRAM)
 * action=&lt;text&gt;
 * subject=&lt;text&gt;
 * details=&lt;number of details, decimal&gt;
 * key=&lt;text&gt;               \ once per detail,
 * value=&lt;text&gt;             / keys in ascending UTF-16 order (Java String order)
 * previousHash=&lt;text&gt;
 * </pre>
 *
 * where {@code <text>} is the value's length in UTF-8 bytes, a colon, and the value itself (so
 * {@code actor=5:s-001}); a missing value is written {@code -}. Length prefixes make the text
 * unambiguous whatever a value contains, newlines included. The hash is the lower-case hex SHA-256
 * of these bytes; the entry's own {@code hash} field is not part of them.
 */
public final class AuditHashing {

  static final String VERSION = "deptbot-audit-v1";

  private AuditHashing() {}

  /** The canonical text of {@code entry}, as hashed. */
  public static String canonical(AuditEntry entry) {
    var text = new StringBuilder(256).append(VERSION).append('\n');
    text.append("seq=").append(entry.seq()).append('\n');
    text.append("at=").append(entry.at() == null ? "-" : entry.at().toEpochMilli()).append('\n');
    field(text, "actor", entry.actor());
    field(text, "channel", entry.channel() == null ? null : entry.channel().name());
    field(text, "action", entry.action());
    field(text, "subject", entry.subject());
    Map<String, String> details = new TreeMap<>(entry.details());
    text.append("details=").append(details.size()).append('\n');
    details.forEach(
        (key, value) -> {
          field(text, "key", key);
          field(text, "value", value);
        });
    field(text, "previousHash", entry.previousHash());
    return text.toString();
  }

  /** The lower-case hex SHA-256 of the canonical text of {@code entry}. */
  public static String hash(AuditEntry entry) {
    return sha256(canonical(entry));
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=');
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
    text.append('\n');
  }
}
