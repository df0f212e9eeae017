package org.deptbot.core.tips;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deptbot.core.files.CleanedCopy;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.reports.OriginalFile;
import org.deptbot.core.reports.ReporterSeal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Photos sent with tips (collection {@code tip_photos}), stored under the SHA-256 of what was sent:
 * platform links expire. Kept apart from notice photos, which are public; these are evidence. What
 * the desk and exports see is a copy redrawn from the pixels ({@link FileCleaner}); the original
 * and its file name are kept only sealed with the department key.
 */
public class TipPhotos {

  /** The most a photo may weigh: well under MongoDB's 16 MB document limit. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

  /**
   * A stored photo.
   *
   * @param sha256 the original's SHA-256, its id
   * @param mediaType the cleaned copy's type; null when withheld
   * @param bytes the cleaned copy; null when the photo could not be cleaned (withheld)
   * @param cleanSha256 the cleaned copy's SHA-256; null when withheld
   * @param sealedOriginal the original, sealed; null for a photo kept before sealing
   * @param sealedName the name it was sent under, sealed
   * @param at when it was stored, to purge photos of tips never sent
   */
  @Document("tip_photos")
  public record Photo(
      @Id String sha256,
      String mediaType,
      byte[] bytes,
      String cleanSha256,
      byte[] sealedOriginal,
      String sealedName,
      Instant at) {

    /** Whether there is no cleaned copy to show: nothing of it is handed out unrevealed. */
    public boolean withheld() {
      return sealedOriginal == null || cleanSha256 == null || bytes == null;
    }
  }

  /** Thrown when a picture declares more pixels than may be decoded. */
  public static class TooManyPixels extends IllegalArgumentException {
    TooManyPixels() {
      super("the picture declares more pixels than may be decoded");
    }
  }

  private final MongoOperations mongo;
  private final ReporterSeal seal;
  private final FileCleaner cleaner;
  private final Clock clock;

  public TipPhotos(MongoOperations mongo, ReporterSeal seal, FileCleaner cleaner, Clock clock) {
    this.mongo = mongo;
    this.seal = seal;
    this.cleaner = cleaner;
    this.clock = clock;
  }

  /** Whether a file of this type is a photo a tip may carry. */
  public static boolean isPhotoType(String mediaType) {
    return mediaType != null && TYPES.contains(mediaType);
  }

  /**
   * Stores the photo (once) and returns its id.
   *
   * @throws TooManyPixels when its header declares more pixels than may be decoded
   */
  public String store(String mediaType, String fileName, byte[] bytes) {
    if (!isPhotoType(mediaType)) {
      throw new IllegalArgumentException("not a photo type: " + mediaType);
    }
    if (bytes.length == 0 || bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("a photo weighs 1 to " + MAX_BYTES + " bytes");
    }
    String sha = sha256(bytes);
    if (mongo.findById(sha, Photo.class) == null) {
      CleanedCopy copy = cleaner.clean(mediaType, bytes);
      if (copy.outcome() == CleanedCopy.Outcome.TOO_MANY_PIXELS) {
        throw new TooManyPixels();
      }
      mongo.save(
          new Photo(
              sha,
              copy.mediaType(),
              copy.bytes(),
              copy.cleaned() ? sha256(copy.bytes()) : null,
              seal.sealBytes(bytes),
              seal.seal(fileName == null ? "" : fileName),
              clock.instant()));
    }
    return sha;
  }

  public Optional<Photo> byId(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, Photo.class));
  }

  /**
   * The photo as sent, with the name it was sent under: for {@link TipPhotoOriginals} alone, which
   * audits it. Empty when there is no such photo; a photo kept before sealing is its stored bytes.
   */
  Optional<OriginalFile> original(String id) {
    return byId(id)
        .map(
            p ->
                p.sealedOriginal() == null
                    ? new OriginalFile("", p.mediaType(), p.bytes())
                    : new OriginalFile(
                        seal.open(p.sealedName()), null, seal.openBytes(p.sealedOriginal())));
  }

  /**
   * Seals the photos kept before photos were sealed (they still hold the original and the name it
   * was sent under): each keeps its id and gets its sealed original and a cleaned copy. Run with
   * the department's lasting key only. Returns how many it sealed.
   */
  public int sealLegacy() {
    var legacy = query(where("sealedOriginal").exists(false));
    int count = 0;
    for (org.bson.Document old : mongo.find(legacy, org.bson.Document.class, "tip_photos")) {
      byte[] bytes = old.get("bytes", org.bson.types.Binary.class).getData();
      String fileName = old.getString("fileName");
      CleanedCopy copy = cleaner.clean(old.getString("mediaType"), bytes);
      boolean cleaned = copy.cleaned();
      mongo.save(
          new Photo(
              old.getString("_id"),
              cleaned ? copy.mediaType() : null,
              cleaned ? copy.bytes() : null,
              cleaned ? sha256(copy.bytes()) : null,
              seal.sealBytes(bytes),
              seal.seal(fileName == null ? "" : fileName),
              clock.instant()));
      count++;
    }
    return count;
  }

  /** The ids of photos stored before {@code cutoff}, to look for ones no tip was sent with. */
  public List<String> storedBefore(Instant cutoff) {
    var q = query(where("at").lt(cutoff));
    q.fields().include("_id");
    return mongo.find(q, Photo.class).stream().map(Photo::sha256).toList();
  }

  /** Deletes a photo for good; true if it was there. */
  public boolean remove(String id) {
    return mongo.remove(query(where("_id").is(id)), Photo.class).getDeletedCount() > 0;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
