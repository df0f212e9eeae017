package org.deptbot.core.leases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases in one collection: a document per thing held ({@code _id}), with its {@code holder} and
 * {@code until} when it runs out. The one way the scheduled rounds ({@link RoundLeases}) and the
 * bot's sending roles take, renew and give back what only one process may hold at a time.
 *
 * <p>Taking and renewing are one conditional write: the lease is set to the holder when it is
 * already the holder's or has run out ({@code until} at or before now). When another holds it and
 * it still runs, the write matches nothing, and the insert it would upsert collides with the {@code
 * _id}: not held. The first take of a lease is that insert.
 */
public final class Leases {

  private final MongoOperations mongo;
  private final String collection;

  public Leases(MongoOperations mongo, String collection) {
    this.mongo = mongo;
    this.collection = collection;
  }

  /**
   * Takes or renews the lease {@code id} for {@code holder} until {@code until}; true when the
   * holder now holds it. With {@code since} the lease also records {@code since}: now (the holder
   * is taking it, not renewing). A failure of the database other than the collision is thrown.
   */
  public boolean claim(String id, String holder, Instant now, Instant until, boolean since) {
    Update mine = new Update().set("holder", holder).set("until", until);
    if (since) {
      mine.set("since", now);
    }
    try {
      mongo.upsert(
          query(
              where("_id").is(id).orOperator(where("holder").is(holder), where("until").lte(now))),
          mine,
          collection);
      return true;
    } catch (DuplicateKeyException heldByAnother) {
      return false;
    }
  }

  /** Who holds (or last held) the lease {@code id}, and until when; empty if never taken. */
  public Optional<Holding> find(String id) {
    Document doc = mongo.findById(id, Document.class, collection);
    if (doc == null) {
      return Optional.empty();
    }
    Date until = doc.getDate("until");
    return Optional.of(
        new Holding(doc.getString("holder"), until == null ? Instant.EPOCH : until.toInstant()));
  }

  /** A lease's holder and when it runs out. */
  public record Holding(String holder, Instant until) {}

  /** Ends {@code holder}'s lease {@code id} now, so another takes it at its next try. */
  public void release(String id, String holder, Instant now) {
    mongo.updateFirst(
        query(where("_id").is(id).and("holder").is(holder)),
        new Update().set("until", now),
        collection);
  }

  /** Deletes every lease {@code holder} has; how many there were. */
  public long releaseAll(String holder) {
    return mongo.remove(query(where("holder").is(holder)), collection).getDeletedCount();
  }
}
