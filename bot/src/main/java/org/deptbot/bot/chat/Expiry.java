package org.deptbot.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Deleting documents whose {@code expiresAt} has passed. A real mongod does it by itself through a
 * TTL index (within about a minute); the embedded server has no TTL, so a scheduled sweep deletes
 * them too, and is what the tests rely on.
 */
final class Expiry {

  private Expiry() {}

  /** A TTL index on {@code expiresAt}; the embedded server keeps it as a plain index. */
  static void index(MongoOperations mongo, String collection) {
    mongo
        .indexOps(collection)
        .createIndex(
            new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expires"));
  }

  static long sweep(MongoOperations mongo, String collection, Clock clock) {
    return mongo
        .remove(query(where("expiresAt").lte(Date.from(clock.instant()))), collection)
        .getDeletedCount();
  }
}
