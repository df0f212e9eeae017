package org.deptbot.core.tips;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Photos sent with tips (collection {@code tip_photos}), stored as bytes under their SHA-256:
 * platform links expire. Kept apart from notice photos, which are public; these are evidence.
 */
public class TipPhotos {

  /** The most a photo may weigh: well under MongoDB's 16 MB document limit. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

  /** A stored photo. */
  @Document("tip_photos")
  public record Photo(@Id String sha256, String mediaType, String fileName, byte[] bytes) {}

  private final MongoOperations mongo;

  public TipPhotos(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** Whether a file of this type is a photo a tip may carry. */
  public static boolean isPhotoType(String mediaType) {
    return mediaType != null && TYPES.contains(mediaType);
  }

  /** Stores the photo (once) and returns its id. */
  public String store(String mediaType, String fileName, byte[] bytes) {
    if (!isPhotoType(mediaType)) {
      throw new IllegalArgumentException("not a photo type: " + mediaType);
    }
    if (bytes.length == 0 || bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("a photo weighs 1 to " + MAX_BYTES + " bytes");
    }
    String sha = sha256(bytes);
    if (mongo.findById(sha, Photo.class) == null) {
      mongo.save(new Photo(sha, mediaType, fileName, bytes));
    }
    return sha;
  }

  public Optional<Photo> byId(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, Photo.class));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
