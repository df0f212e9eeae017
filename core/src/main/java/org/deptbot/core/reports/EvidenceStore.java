package org.deptbot.core.reports;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.deptbot.core.files.CleanedCopy;
import org.deptbot.core.files.FileCleaner;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Evidence files in GridFS, filed under the report's intake, so files sent before the report is
 * submitted belong to it. Only common screenshot, document and video types are kept, within size
 * limits, and the same file sent twice is kept once.
 *
 * <p>Bucket {@code evidence} holds what may be handed out: the cleaned copy ({@link FileCleaner})
 * under a neutral name, or nothing when the file cannot be cleaned. Bucket {@code evidence_sealed}
 * holds the original and the name it was sent under, sealed with the department key. Neither
 * bucket's metadata names the sender or the original file.
 */
public class EvidenceStore {

  /** What a reporter may send. */
  public static final Set<String> TYPES =
      Set.of("image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf", "video/mp4");

  /** The largest file a report keeps, as the bot configures it. */
  public static final long MAX_FILE = 10L << 20;

  private final GridFSBucket bucket;
  private final GridFSBucket sealed;
  private final Clock clock;
  private final ReporterSeal seal;
  private final FileCleaner cleaner;
  private final long maxFile;
  private final long maxTotal;
  private final int maxFiles;

  public EvidenceStore(
      MongoTemplate mongo,
      Clock clock,
      ReporterSeal seal,
      FileCleaner cleaner,
      long maxFile,
      long maxTotal,
      int maxFiles) {
    this.bucket = GridFSBuckets.create(mongo.getDb(), "evidence");
    this.sealed = GridFSBuckets.create(mongo.getDb(), "evidence_sealed");
    this.clock = clock;
    this.seal = seal;
    this.cleaner = cleaner;
    this.maxFile = maxFile;
    this.maxTotal = maxTotal;
    this.maxFiles = maxFiles;
  }

  /** The largest file this store keeps, in bytes. */
  public long maxFile() {
    return maxFile;
  }

  /** Why a file was not kept. */
  public enum Refusal {
    TYPE,
    FILE_TOO_BIG,
    TOTAL_TOO_BIG,
    TOO_MANY,
    /** A picture whose header declares more pixels than may be decoded. */
    TOO_MANY_PIXELS
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
    CleanedCopy copy = cleaner.clean(mediaType, bytes);
    if (copy.outcome() == CleanedCopy.Outcome.TOO_MANY_PIXELS) {
      return new Added(null, Refusal.TOO_MANY_PIXELS);
    }
    Evidence stored =
        keep(intakeKey, fileName, mediaType, bytes, copy, kept.size() + 1, clock.instant(), null);
    return new Added(stored, null);
  }

  /**
   * Stores the sealed original and the cleaned copy (nothing, when it could not be cleaned) under a
   * neutral name; {@code replaces} names a legacy file this one stands in for.
   */
  private Evidence keep(
      String intakeKey,
      String fileName,
      String mediaType,
      byte[] bytes,
      CleanedCopy copy,
      int number,
      Instant at,
      ObjectId replaces) {
    ObjectId originalId =
        sealed.uploadFromStream(
            "sealed",
            new ByteArrayInputStream(seal.sealBytes(bytes)),
            new GridFSUploadOptions()
                .metadata(
                    new Document("intakeKey", intakeKey)
                        .append("name", seal.seal(fileName == null ? "" : fileName))));
    byte[] served = copy.cleaned() ? copy.bytes() : new byte[0];
    String servedType = copy.cleaned() ? copy.mediaType() : mediaType;
    String cleanSha = copy.cleaned() ? sha256(served) : null;
    String sha = sha256(bytes);
    Evidence named =
        new Evidence(
            null, number, servedType, bytes.length, sha, cleanSha, originalId.toHexString(), at);
    Document metadata =
        new Document("intakeKey", intakeKey)
            .append("number", number)
            .append("mediaType", servedType)
            .append("originalType", mediaType)
            .append("size", (long) bytes.length)
            .append("sha256", sha)
            .append("cleanSha256", cleanSha)
            .append("originalId", originalId)
            .append("at", Date.from(at));
    if (replaces != null) {
      metadata.append("replaces", replaces);
    }
    ObjectId id =
        bucket.uploadFromStream(
            named.name("evidence"),
            new ByteArrayInputStream(served),
            new GridFSUploadOptions().metadata(metadata));
    return new Evidence(
        id.toHexString(), number, servedType, bytes.length, sha, cleanSha, named.originalId(), at);
  }

  /** The files of an intake (a report), in the order they were sent. */
  public List<Evidence> of(String intakeKey) {
    List<Evidence> files = new ArrayList<>();
    bucket.find(new Document("metadata.intakeKey", intakeKey)).forEach(f -> files.add(evidence(f)));
    files.sort(Comparator.comparingInt(Evidence::number));
    return files;
  }

  /**
   * A file kept before files were sealed still holds its original: it is listed as withheld, and
   * only revealing it hands it out.
   */
  private static Evidence evidence(GridFSFile f) {
    Document m = f.getMetadata();
    boolean sealedOne = m.containsKey("originalId");
    return new Evidence(
        f.getObjectId().toHexString(),
        m.getInteger("number"),
        m.getString("mediaType"),
        sealedOne ? m.get("size", Number.class).longValue() : f.getLength(),
        m.getString("sha256"),
        sealedOne ? m.getString("cleanSha256") : null,
        sealedOne ? m.getObjectId("originalId").toHexString() : null,
        m.getDate("at").toInstant());
  }

  /** The cleaned copy; a withheld file has none. */
  public byte[] bytes(Evidence evidence) {
    if (evidence.withheld()) {
      throw new IllegalStateException(
          "evidence " + evidence.fileId() + " is withheld until revealed");
    }
    return read(bucket, evidence.fileId());
  }

  /** The original as sent, with its name: for {@link OriginalFiles} alone, which audits it. */
  OriginalFile original(Evidence evidence) {
    if (evidence.originalId() == null) {
      GridFSFile legacy = bucket.find(new Document("_id", new ObjectId(evidence.fileId()))).first();
      String name = legacy == null ? evidence.name("evidence") : legacy.getFilename();
      return new OriginalFile(name, evidence.mediaType(), read(bucket, evidence.fileId()));
    }
    GridFSFile file = sealed.find(new Document("_id", new ObjectId(evidence.originalId()))).first();
    if (file == null) {
      throw new IllegalStateException("the original of " + evidence.fileId() + " is gone");
    }
    String type =
        bucket
            .find(new Document("_id", new ObjectId(evidence.fileId())))
            .first()
            .getMetadata()
            .getString("originalType");
    return new OriginalFile(
        seal.open(file.getMetadata().getString("name")),
        type,
        seal.openBytes(read(sealed, evidence.originalId())));
  }

  /**
   * Deletes one file for good, its sealed original first (retention); true if it was there.
   * Deleting a file already gone is not an error, so an interrupted purge can simply run again.
   */
  public boolean remove(String fileId) {
    GridFSFile file = bucket.find(new Document("_id", new ObjectId(fileId))).first();
    if (file != null && file.getMetadata().get("originalId") instanceof ObjectId originalId) {
      delete(sealed, originalId);
    }
    return delete(bucket, new ObjectId(fileId));
  }

  /**
   * Seals the files kept before files were sealed (they still hold the original bytes under the
   * name they were sent with): each gets its sealed original, a cleaned copy under a neutral name,
   * and its legacy file is deleted. Run with the department's lasting key only: what is sealed
   * under a key of the moment is lost with it. A crash in between is safe: a copy already made
   * names the file it replaces, which the next run just deletes. Returns how many files it sealed.
   */
  public int sealLegacy() {
    List<GridFSFile> legacy = new ArrayList<>();
    bucket
        .find(new Document("metadata.originalId", new Document("$exists", false)))
        .forEach(legacy::add);
    for (GridFSFile f : legacy) {
      if (bucket.find(new Document("metadata.replaces", f.getObjectId())).first() == null) {
        resealed(f);
      }
      delete(bucket, f.getObjectId());
    }
    return legacy.size();
  }

  private void resealed(GridFSFile legacy) {
    Document m = legacy.getMetadata();
    String mediaType = m.getString("mediaType");
    byte[] bytes = read(bucket, legacy.getObjectId().toHexString());
    keep(
        m.getString("intakeKey"),
        legacy.getFilename(),
        mediaType,
        bytes,
        cleaner.clean(mediaType, bytes),
        m.getInteger("number"),
        m.getDate("at").toInstant(),
        legacy.getObjectId());
  }

  /** The intakes with a file sent before {@code cutoff}, to look for ones never submitted. */
  public Set<String> intakesWithFilesBefore(Instant cutoff) {
    Set<String> intakes = new TreeSet<>();
    bucket
        .find(new Document("metadata.at", new Document("$lt", Date.from(cutoff))))
        .forEach(f -> intakes.add(f.getMetadata().getString("intakeKey")));
    return intakes;
  }

  /** Deletes every file of an intake (one never submitted); how many there were. */
  public int removeIntake(String intakeKey) {
    int removed = 0;
    for (Evidence e : of(intakeKey)) {
      removed += remove(e.fileId()) ? 1 : 0;
    }
    sealed
        .find(new Document("metadata.intakeKey", intakeKey))
        .forEach(f -> delete(sealed, f.getObjectId()));
    return removed;
  }

  private static boolean delete(GridFSBucket from, ObjectId id) {
    try {
      from.delete(id);
      return true;
    } catch (com.mongodb.MongoGridFSException alreadyGone) {
      return false;
    }
  }

  private static byte[] read(GridFSBucket from, String id) {
    try (var in = from.openDownloadStream(new ObjectId(id))) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not read evidence " + id, e);
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
