package org.deptbot.core.notices;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Photos for notices (collection {@code notice_photos}), stored as bytes under their SHA-256:
 * platform links expire, and the same photo sent twice is stored once. A photo blank's value is
 * {@code photo:<sha256>}.
 */
public class NoticePhotos {

  /** The most a photo may weigh: well under MongoDB's 16 MB document limit. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final String PREFIX = "photo:";

  /** A stored photo. */
  @Document("notice_photos")
  public record Photo(@Id String sha256, String mediaType, String fileName, byte[] bytes) {}

  private final MongoOperations mongo;

  public NoticePhotos(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** Stores the photo (once) and returns the value a photo blank holds. */
  public String store(String mediaType, String fileName, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("photo over " + MAX_BYTES + " bytes");
    }
    String sha = sha256(bytes);
    if (mongo.findById(sha, Photo.class) == null) {
      mongo.save(new Photo(sha, mediaType, fileName, bytes));
    }
    return PREFIX + sha;
  }

  /** The photo a blank's value points to. */
  public Optional<Photo> byValue(String value) {
    if (value == null || !value.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return Optional.ofNullable(mongo.findById(value.substring(PREFIX.length()), Photo.class));
  }

  public static boolean isPhotoValue(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
