package org.deptbot.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.deptbot.core.IndexedStore;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/** Updates stored before they are handled, so none is lost in a crash or handled twice. */
public class ReceivedUpdates implements IndexedStore {

  /**
   * Every update is looked up by {@code _id} and {@code handled} before it is handled. The embedded
   * server (mongo-java-server) uses an index only for a query on exactly that index's fields, and
   * only a unique one, so without this one each update read every update ever stored: the chat
   * slowed down with the bot's age (the reports benchmark). On a real mongod it is a small index
   * beside {@code _id}'s; unique, since {@code _id} is.
   */
  static final Index BY_ID_AND_HANDLED =
      new Index()
          .on("_id", Sort.Direction.ASC)
          .on("handled", Sort.Direction.ASC)
          .unique()
          .named("id_handled");

  static final String CLAIMS = "update_claims";

  private final MongoOperations mongo;
  private final Clock clock;

  public ReceivedUpdates(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public void createIndexes() {
    mongo.indexOps(ReceivedUpdate.class).createIndex(BY_ID_AND_HANDLED);
  }

  /** Stores the update; false if it was stored before (a redelivery). */
  boolean store(Incoming incoming) {
    try {
      mongo.insert(ReceivedUpdate.of(incoming, clock.instant()));
      return true;
    } catch (DuplicateKeyException seenBefore) {
      return false;
    }
  }

  /**
   * Takes the update for handling in this process for {@code claimFor}: with several processes on
   * one database, the retry round of one or the start of another must not take up an update another
   * is still handling. A claim is a document of its own in {@code update_claims} ({@code _id} the
   * update's key), inserted, so two processes cannot both hold it; one that has lapsed (its process
   * died, or took longer than that) is taken over. Returns the claim's token for {@link #release},
   * or empty when another process holds it.
   */
  Optional<String> claim(String updateKey, Duration claimFor) {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    Document claim =
        new Document("_id", updateKey)
            .append("by", token)
            .append("until", Date.from(now.plus(claimFor)));
    if (insertClaim(claim)) {
      return Optional.of(token);
    }
    Document held = mongo.findById(updateKey, Document.class, CLAIMS);
    if (held != null) {
      Date until = held.getDate("until");
      if (until != null && until.toInstant().isAfter(now)) {
        return Optional.empty();
      }
      // lapsed: taken over only by the process whose delete of that very claim succeeds
      var lapsed = query(where("_id").is(updateKey).and("by").is(held.getString("by")));
      if (mongo.remove(lapsed, CLAIMS).getDeletedCount() == 0) {
        return Optional.empty();
      }
    }
    return insertClaim(claim) ? Optional.of(token) : Optional.empty();
  }

  private boolean insertClaim(Document claim) {
    try {
      mongo.insert(claim, CLAIMS);
      return true;
    } catch (DuplicateKeyException heldElsewhere) {
      return false;
    }
  }

  /** Gives a claim back: the update was handled, or is left for the retry round. */
  void release(String updateKey, String token) {
    mongo.remove(query(where("_id").is(updateKey).and("by").is(token)), CLAIMS);
  }

  Optional<ReceivedUpdate> unhandled(String updateKey) {
    return Optional.ofNullable(
        mongo.findOne(
            query(where("_id").is(updateKey).and("handled").is(false)), ReceivedUpdate.class));
  }

  /** Updates stored but not yet handled, oldest first: what a crash left behind. */
  List<String> unhandledKeys(ChatPlatform platform) {
    var q =
        query(where("handled").is(false).and("platform").is(platform)).with(Sort.by("receivedAt"));
    return mongo.find(q, ReceivedUpdate.class).stream().map(ReceivedUpdate::id).toList();
  }

  /**
   * Updates of {@code platform} stored more than {@code olderThan} ago and still unhandled (their
   * replies could not be delivered), oldest first; younger ones may still be on their first way
   * through.
   */
  List<String> unhandledKeysOlderThan(ChatPlatform platform, Duration olderThan) {
    var q =
        query(
                where("handled")
                    .is(false)
                    .and("platform")
                    .is(platform)
                    .and("receivedAt")
                    .lt(clock.instant().minus(olderThan)))
            .with(Sort.by("receivedAt"));
    return mongo.find(q, ReceivedUpdate.class).stream().map(ReceivedUpdate::id).toList();
  }

  /**
   * Stops trying an update of {@code platform} still unhandled {@code after} its receipt: it is
   * marked handled and given up, and stripped like a handled one. Returns the keys given up.
   */
  List<String> giveUpOlderThan(ChatPlatform platform, Duration after) {
    List<String> stale = unhandledKeysOlderThan(platform, after);
    List<String> givenUp = new java.util.ArrayList<>();
    for (String key : stale) {
      Update update = stripped().set("givenUp", true);
      // conditional: an update handled meanwhile keeps its own outcome
      if (mongo
              .updateFirst(
                  query(where("_id").is(key).and("handled").is(false)),
                  update,
                  ReceivedUpdate.class)
              .getModifiedCount()
          > 0) {
        givenUp.add(key);
      }
    }
    return givenUp;
  }

  /**
   * Marks an update handled and forgets what it said and who sent it: only its id stays, to
   * recognise a redelivery. A report's or a tip's raw text next to the sender's account must not
   * outlive its handling, or an anonymous reporter could be found in the database.
   */
  void markHandled(String updateKey) {
    mongo.updateFirst(query(where("_id").is(updateKey)), stripped(), ReceivedUpdate.class);
  }

  private static Update stripped() {
    Update handled = new Update().set("handled", true);
    for (String field : CONTENT) {
      handled.unset(field);
    }
    return handled;
  }

  /**
   * Deletes handled updates received more than {@code kept} ago: by then no platform redelivers
   * them (Telegram keeps an unconfirmed update for 24 hours). Returns how many.
   */
  long sweep(Duration kept) {
    var old = query(where("handled").is(true).and("receivedAt").lt(clock.instant().minus(kept)));
    // claims a crashed process left on updates handled or given up since
    mongo.remove(query(where("until").lt(Date.from(clock.instant().minus(kept)))), CLAIMS);
    return mongo.remove(old, ReceivedUpdate.class).getDeletedCount();
  }

  private static final List<String> CONTENT =
      List.of(
          "userId",
          "displayName",
          "chatId",
          "text",
          "buttonId",
          "messageId",
          "pressId",
          "fileName",
          "mediaType",
          "fileSize",
          "fileId");
}
