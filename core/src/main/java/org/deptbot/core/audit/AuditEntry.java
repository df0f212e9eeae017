package org.deptbot.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One link of the audit chain (collection {@code audit}). Entries are only ever inserted; the
 * sequence number is the document id, so two writers cannot both store entry {@code n}.
 *
 * <p>{@code hash} is the SHA-256 of every other field, {@code previousHash} included, serialized as
 * {@link AuditHashing} documents. The first entry's {@code previousHash} is {@link #GENESIS}.
 *
 * @param seq 1, 2, 3 … without gaps
 * @param at when it was recorded, to the millisecond (what MongoDB keeps)
 */
@Document("audit")
public record AuditEntry(
    @Id long seq,
    Instant at,
    String actor,
    AuditChannel channel,
    String action,
    String subject,
    Map<String, String> details,
    String previousHash,
    String hash) {

  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  public AuditEntry {
    // Lenient on purpose: the verifier must be able to read an entry someone has tampered with.
    details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** The entry that follows {@code previous} (null for the first one), with its hash. */
  static AuditEntry after(AuditEntry previous, AuditRecord what, Instant at) {
    long seq = previous == null ? 1 : previous.seq() + 1;
    String previousHash = previous == null ? GENESIS : previous.hash();
    return new AuditEntry(
            seq,
            at.truncatedTo(ChronoUnit.MILLIS),
            what.actor(),
            what.channel(),
            what.action(),
            what.subject(),
            what.details(),
            previousHash,
            null)
        .withHash();
  }

  /** This entry with {@code hash} set to what its other fields hash to. */
  public AuditEntry withHash() {
    return new AuditEntry(
        seq, at, actor, channel, action, subject, details, previousHash, AuditHashing.hash(this));
  }

  /** This entry as if it had been written as entry {@code seq}, hash unchanged. */
  AuditEntry numbered(long seq) {
    return new AuditEntry(seq, at, actor, channel, action, subject, details, previousHash, hash);
  }

  /** Whether {@code hash} matches the other fields. */
  public boolean hashMatches() {
    return AuditHashing.hash(this).equals(hash);
  }
}
