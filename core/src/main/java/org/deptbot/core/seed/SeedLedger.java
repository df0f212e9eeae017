package org.deptbot.core.seed;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What the seed file has already brought in (collection {@code seed_applied}): one key per member,
 * chat link, channel and template. It tells "removed in the console since" apart from "new in the
 * file", so a restart never puts back what someone took away.
 */
public class SeedLedger {

  private static final String COLLECTION = "seed_applied";

  private final MongoOperations mongo;

  public SeedLedger(MongoOperations mongo) {
    this.mongo = mongo;
  }

  boolean applied(String key) {
    return mongo.exists(query(where("_id").is(key)), COLLECTION);
  }

  /** Remembers {@code key} as applied; doing so twice is harmless. */
  void remember(String key, Instant at) {
    mongo.upsert(query(where("_id").is(key)), new Update().setOnInsert("at", at), COLLECTION);
  }
}
