package org.deptbot.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Guided-flow state per chat user, with an expiry (collection {@code conversations}). A draft in
 * progress ties a person to what they are writing (an anonymous report, a tip), so a stored
 * conversation is named by a keyed tag of the user, not their account, and its flow, step and data
 * are sealed: a database reader sees only that someone has a flow that expires at a given time.
 * Expired flows are deleted by {@link #sweep}; a finished one can be deleted once its replies are
 * delivered ({@link #endOnceDelivered}), so nothing of it outlasts the conversation.
 */
public class Conversations {

  static final String COLLECTION = "conversations";

  private final MongoOperations mongo;
  private final ReporterSeal seal;
  private final Clock clock;
  private final Duration idleLimit;
  private final ThreadLocal<List<ChatIdentity>> endsAfterDelivery = new ThreadLocal<>();

  public Conversations(MongoOperations mongo, ReporterSeal seal, Clock clock, Duration idleLimit) {
    this.mongo = mongo;
    this.seal = seal;
    this.clock = clock;
    this.idleLimit = idleLimit;
    Expiry.index(mongo, COLLECTION);
  }

  /** The user's flow, unless there is none or it has expired. */
  public Optional<Conversation> current(ChatIdentity who) {
    Document stored = mongo.findById(idOf(who), Document.class, COLLECTION);
    if (stored == null || stored.getString("sealed") == null) {
      return Optional.empty();
    }
    Instant expiresAt = stored.getDate("expiresAt").toInstant();
    if (!expiresAt.isAfter(clock.instant())) {
      return Optional.empty();
    }
    Document plain;
    try {
      plain = Document.parse(seal.open(stored.getString("sealed")));
    } catch (ReporterSeal.SealUnreadable otherKey) {
      return Optional.empty(); // sealed under a key the bot no longer has: start afresh
    }
    Map<String, String> data = new LinkedHashMap<>();
    plain.get("data", Document.class).forEach((k, v) -> data.put(k, (String) v));
    return Optional.of(
        new Conversation(
            who.key(), plain.getString("flow"), plain.getString("step"), data, expiresAt));
  }

  /** Starts (or restarts) a flow for the user. */
  public Conversation begin(ChatIdentity who, String flow, String step, Map<String, String> data) {
    var conversation =
        new Conversation(who.key(), flow, step, data, clock.instant().plus(idleLimit));
    Document plain =
        new Document("flow", flow)
            .append("step", step)
            .append("data", new Document(new LinkedHashMap<>(conversation.data())));
    Document stored =
        new Document("_id", idOf(who))
            .append("sealed", seal.seal(plain.toJson()))
            .append("expiresAt", Date.from(conversation.expiresAt()));
    List<String> held =
        HELD.stream()
            .filter(conversation.data()::containsKey)
            .map(k -> heldTag(k, conversation.data().get(k)))
            .toList();
    if (!held.isEmpty()) {
      stored.append("holds", held);
    }
    mongo.save(stored, COLLECTION);
    return conversation;
  }

  /**
   * Whether a flow that has not expired holds {@code value} under {@code key}, such as the intake
   * its files are filed under. The data is sealed, so each stored flow also carries a keyed tag of
   * its intake and photo ({@link #HELD}), which tells nothing without the department's key.
   */
  public boolean holds(String key, String value) {
    return mongo.exists(
        query(
            where("holds").is(heldTag(key, value)).and("expiresAt").gt(Date.from(clock.instant()))),
        COLLECTION);
  }

  /** The data a stored flow keeps tags of, for {@link #holds}: its intake and its photo. */
  static final List<String> HELD = List.of("intake", "photo");

  private String heldTag(String key, String value) {
    return seal.tag("held|" + key + "|" + value);
  }

  /** Ends the user's flow; true if there was one. */
  public boolean end(ChatIdentity who) {
    return mongo.remove(query(where("_id").is(idOf(who))), COLLECTION).getDeletedCount() > 0;
  }

  /**
   * Ends the user's flow once the replies of the update being handled are delivered, so an update
   * handled again after a crash before then still finds it (and repeats the same receipt); outside
   * {@link #deferringEnds} it ends at once.
   */
  public void endOnceDelivered(ChatIdentity who) {
    List<ChatIdentity> pending = endsAfterDelivery.get();
    if (pending == null) {
      end(who);
    } else {
      pending.add(who);
    }
  }

  /**
   * Runs {@code handling} (one update, handled and delivered); the flows it asked to end once
   * delivered are ended when it returns normally, and kept when it fails.
   */
  void deferringEnds(Runnable handling) {
    if (endsAfterDelivery.get() != null) {
      handling.run();
      return;
    }
    List<ChatIdentity> pending = new ArrayList<>();
    endsAfterDelivery.set(pending);
    try {
      handling.run();
    } finally {
      endsAfterDelivery.remove();
    }
    pending.forEach(this::end);
  }

  /** Deletes the flows that have expired; returns how many. */
  public long sweep() {
    return Expiry.sweep(mongo, COLLECTION, clock);
  }

  private String idOf(ChatIdentity who) {
    return seal.tag("conversation|" + who.key());
  }
}
