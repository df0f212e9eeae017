package org.deptbot.core.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bson.Document;
import org.deptbot.core.audit.AuditVerification.Broken;
import org.deptbot.core.audit.AuditVerification.Intact;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Walks the audit chain from entry 1 in order, a page at a time, and reports the first broken or
 * missing link. For each entry it checks that the sequence number follows the one before, that the
 * contents still hash to the stored hash, and that the stored previous hash is the hash of the
 * entry before.
 *
 * <p>What a chain cannot show by itself: entries removed from the end. Compare the head with the
 * latest {@link AuditAnchor} line in the log output for that.
 */
public class ChainVerifier {

  /** How far around a changed entry to look for the sequence number it was written under. */
  static final int MOVE_SEARCH = 1000;

  private static final int DEFAULT_PAGE = 500;

  private final MongoOperations mongo;
  private final int pageSize;

  public ChainVerifier(MongoOperations mongo) {
    this(mongo, DEFAULT_PAGE);
  }

  ChainVerifier(MongoOperations mongo, int pageSize) {
    this.mongo = mongo;
    this.pageSize = pageSize;
  }

  /** Checks the whole chain. */
  public AuditVerification verify() {
    long expected = 1;
    String previousHash = AuditEntry.GENESIS;
    List<Document> page = page(0);
    while (!page.isEmpty()) {
      for (Document stored : page) {
        long seq = ((Number) stored.get("_id")).longValue();
        if (seq != expected) {
          return new Broken(expected, ChainProblem.MISSING);
        }
        Optional<AuditEntry> entry = read(stored);
        if (entry.isEmpty() || !entry.get().hashMatches()) {
          return new Broken(
              seq,
              entry.filter(this::writtenElsewhere).isPresent()
                  ? ChainProblem.REORDERED
                  : ChainProblem.EDITED);
        }
        if (!previousHash.equals(entry.get().previousHash())) {
          return new Broken(seq, ChainProblem.LINK_BROKEN);
        }
        previousHash = entry.get().hash();
        expected++;
      }
      page = page(expected - 1);
    }
    return new Intact(expected - 1, previousHash);
  }

  private List<Document> page(long after) {
    return mongo.find(
        query(where("_id").gt(after)).with(Sort.by(Sort.Direction.ASC, "_id")).limit(pageSize),
        Document.class,
        mongo.getCollectionName(AuditEntry.class));
  }

  /** The entry, or empty if it was changed so much it no longer reads as one. */
  private Optional<AuditEntry> read(Document stored) {
    try {
      return Optional.of(mongo.getConverter().read(AuditEntry.class, stored));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Whether the entry's contents are intact but were written under another sequence number. */
  private boolean writtenElsewhere(AuditEntry entry) {
    return LongStream.rangeClosed(Math.max(1, entry.seq() - MOVE_SEARCH), entry.seq() + MOVE_SEARCH)
        .filter(seq -> seq != entry.seq())
        .anyMatch(seq -> entry.numbered(seq).hashMatches());
  }
}
