package org.deptbot.bot.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bson.BsonValue;
import org.deptbot.core.audit.AuditVerification;
import org.deptbot.core.audit.ChainVerifier;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Checks a copy against its source: the same number of documents in every collection, every GridFS
 * file reads back with the same SHA-256, and the audit chain verifies on the copy with the same
 * length and head as on the source.
 */
final class CopyVerifier {

  private final MongoClient sourceClient;
  private final MongoDatabase source;
  private final MongoClient targetClient;
  private final MongoDatabase target;

  CopyVerifier(
      MongoClient sourceClient, String sourceDb, MongoClient targetClient, String targetDb) {
    this.sourceClient = sourceClient;
    this.source = sourceClient.getDatabase(sourceDb);
    this.targetClient = targetClient;
    this.target = targetClient.getDatabase(targetDb);
  }

  /**
   * What was checked, and what did not match (empty when the copy is whole).
   *
   * @param summary one line per check, for the report
   * @param problems one line per mismatch
   */
  record Result(List<String> summary, List<String> problems) {
    boolean matches() {
      return problems.isEmpty();
    }
  }

  Result verify() {
    List<String> summary = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    compareCounts(summary, problems);
    compareFiles(summary, problems);
    compareAuditChains(summary, problems);
    return new Result(summary, problems);
  }

  private void compareCounts(List<String> summary, List<String> problems) {
    List<String> names = DatabaseCopy.collections(source);
    long documents = 0;
    for (String name : names) {
      long expected = source.getCollection(name).countDocuments();
      long found = target.getCollection(name).countDocuments();
      documents += expected;
      if (expected != found) {
        problems.add("%s: %d documents here, %d in the copy".formatted(name, expected, found));
      }
    }
    summary.add("documents counted in %d collections: %d".formatted(names.size(), documents));
  }

  private void compareFiles(List<String> summary, List<String> problems) {
    int files = 0;
    for (String bucket : buckets()) {
      GridFSBucket from = GridFSBuckets.create(source, bucket);
      GridFSBucket to = GridFSBuckets.create(target, bucket);
      for (var file : from.find()) {
        files++;
        BsonValue id = file.getId();
        String expected = sha256(from, id);
        String found;
        try {
          found = sha256(to, id);
        } catch (RuntimeException missing) {
          found = null;
        }
        if (!Objects.equals(expected, found)) {
          problems.add(
              "%s file %s: SHA-256 %s here, %s in the copy"
                  .formatted(bucket, describe(id), expected, found == null ? "missing" : found));
        }
      }
    }
    summary.add("GridFS files read back and hashed: " + files);
  }

  private void compareAuditChains(List<String> summary, List<String> problems) {
    AuditVerification here = chain(sourceClient, source.getName());
    AuditVerification there = chain(targetClient, target.getName());
    if (!there.intact()) {
      problems.add("audit chain of the copy: " + describe(there));
    } else if (!there.equals(here)) {
      problems.add(
          "audit chain: %s here, %s in the copy".formatted(describe(here), describe(there)));
    }
    if (there instanceof AuditVerification.Intact intact) {
      summary.add(
          "audit chain intact: %d entries, head %s".formatted(intact.count(), intact.headHash()));
    }
  }

  private static AuditVerification chain(MongoClient client, String database) {
    return new ChainVerifier(new MongoTemplate(client, database)).verify();
  }

  /** GridFS buckets: names with both a {@code .files} and a {@code .chunks} collection. */
  private List<String> buckets() {
    List<String> names = DatabaseCopy.collections(source);
    return names.stream()
        .filter(name -> name.endsWith(".files"))
        .map(name -> name.substring(0, name.length() - ".files".length()))
        .filter(bucket -> names.contains(bucket + ".chunks"))
        .toList();
  }

  private static String sha256(GridFSBucket bucket, BsonValue id) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    bucket.downloadToStream(id, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String describe(BsonValue id) {
    if (id.isObjectId()) {
      return id.asObjectId().getValue().toHexString();
    }
    return id.isString() ? id.asString().getValue() : id.toString();
  }

  private static String describe(AuditVerification verification) {
    if (verification instanceof AuditVerification.Broken broken) {
      return "broken at entry %d (%s)".formatted(broken.seq(), broken.problem());
    }
    return "intact, %d entries".formatted(((AuditVerification.Intact) verification).count());
  }
}
