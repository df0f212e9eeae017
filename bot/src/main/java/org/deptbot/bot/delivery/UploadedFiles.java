package org.deptbot.bot.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The platform's own reference to a notice photo the bot already uploaded there (collection {@code
 * uploaded_files}), so every later post of that photo sends the reference instead of the bytes.
 * Kept in the database, so it outlives a restart. The key is the photo's {@code photo:<sha256>}
 * value: every revision and recipient of a notice showing the same photo shares one upload.
 */
public class UploadedFiles {

  /** One uploaded photo on one platform. */
  @Document("uploaded_files")
  record Uploaded(@Id String id, String reference, Instant at) {}

  private final MongoOperations mongo;
  private final Clock clock;

  public UploadedFiles(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** The platform's reference for the photo {@code key}, if it was uploaded there. */
  public Optional<String> find(ChatPlatform platform, String key) {
    return Optional.ofNullable(mongo.findById(idOf(platform, key), Uploaded.class))
        .map(Uploaded::reference);
  }

  public void remember(ChatPlatform platform, String key, String reference) {
    mongo.save(new Uploaded(idOf(platform, key), reference, clock.instant()));
  }

  /** Forgets {@code reference} for the photo (the platform refused it), unless replaced already. */
  public void forget(ChatPlatform platform, String key, String reference) {
    mongo.remove(
        query(where("_id").is(idOf(platform, key)).and("reference").is(reference)), Uploaded.class);
  }

  private static String idOf(ChatPlatform platform, String key) {
    return platform.name().toLowerCase() + ":" + key;
  }
}
