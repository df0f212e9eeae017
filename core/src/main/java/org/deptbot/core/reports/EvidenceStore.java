package org.deptbot.core.reports;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Evidence files in GridFS (bucket {@code evidence}), filed under the report's intake, so files
 * sent before the report is submitted belong to it. Only common screenshot, document and video
 * types are kept, within size limits, and the same file sent twice is kept once.
 */
public class EvidenceStore {

  /** What a reporter may send. */
  public static final Set<String> TYPES =
      Set.of("image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf", "video/mp4");

  private final GridFSBucket bucket;
  private final Clock clock;
  private final long maxFile;
  private final long maxTotal;
  private final int maxFiles;

  public EvidenceStore(
      MongoTemplate mongo, Clock clock, long maxFile, long maxTotal, int maxFiles) {
    this.bucket = GridFSBuckets.create(mongo.getDb(), "evidence");
    this.clock = clock;
    this.maxFile = maxFile;
    this.maxTotal = maxTotal;
    this.maxFiles = maxFiles;
  }

  /** Why a file was not kept. */
  public enum Refusal {
    TYPE,
    FILE_TOO_BIG,
    TOTAL_TOO_BIG,
    TOO_MANY
  }

  /** The outcome of adding a file: kept (or already there), or refused and why. */
  public record Added(Evidence evidence, Refusal refusal) {}

  public Added add(String intakeKey, String fileName, String mediaType, byte[] bytes) {
    if (!TYPES.contains(mediaType)) {
      return new Added(null, Refusal.TYPE);
    }
    if (bytes.length > maxFile) {
      return new Added(null, Refusal.FILE_TOO_BIG);
    }
    List<Evidence> kept = of(intakeKey);
    String sha = sha256(bytes);
    Optional<Evidence> same = kept.stream().filter(e -> e.sha256().equals(sha)).findFirst();
    if (same.isPresent()) {
      return new Added(same.get(), null);
    }
    if (kept.size() >= maxFiles) {
      return new Added(null, Refusal.TOO_MANY);
    }
    if (kept.stream().mapToLong(Evidence::size).sum() + bytes.length > maxTotal) {
      return new Added(null, Refusal.TOTAL_TOO_BIG);
    }
    int number = kept.size() + 1;
    Document metadata =
        new Document("intakeKey", intakeKey)
            .append("number", number)
            .append("mediaType", mediaType)
            .append("sha256", sha)
            .append("at", java.util.Date.from(clock.instant()));
    ObjectId id =
        bucket.uploadFromStream(
            fileName == null || fileName.isBlank() ? "evidence-" + number : fileName,
            new ByteArrayInputStream(bytes),
            new GridFSUploadOptions().metadata(metadata));
    return new Added(
        new Evidence(
            id.toHexString(), number, fileName, mediaType, bytes.length, sha, clock.instant()),
        null);
  }

  /** The files of an intake (a report), in the order they were sent. */
  public List<Evidence> of(String intakeKey) {
    List<Evidence> files = new ArrayList<>();
    bucket
        .find(new Document("metadata.intakeKey", intakeKey))
        .forEach(
            f ->
                files.add(
                    new Evidence(
                        f.getObjectId().toHexString(),
                        f.getMetadata().getInteger("number"),
                        f.getFilename(),
                        f.getMetadata().getString("mediaType"),
                        f.getLength(),
                        f.getMetadata().getString("sha256"),
                        f.getMetadata().getDate("at").toInstant())));
    files.sort(java.util.Comparator.comparingInt(Evidence::number));
    return files;
  }

  public byte[] bytes(Evidence evidence) {
    try (var in = bucket.openDownloadStream(new ObjectId(evidence.fileId()))) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not read evidence " + evidence.fileId(), e);
    }
  }

  /**
   * Deletes one file for good (retention); true if it was there. Deleting a file already gone is
   * not an error, so an interrupted purge can simply run again.
   */
  public boolean remove(String fileId) {
    try {
      bucket.delete(new ObjectId(fileId));
      return true;
    } catch (com.mongodb.MongoGridFSException alreadyGone) {
      return false;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
