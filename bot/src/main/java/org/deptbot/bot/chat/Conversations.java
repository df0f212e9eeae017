package org.deptbot.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.deptbot.core.staff.ChatIdentity;
import org.springframework.data.mongodb.core.MongoOperations;

/** Guided-flow state per chat user, with an expiry. */
public class Conversations {

  private final MongoOperations mongo;
  private final Clock clock;
  private final Duration idleLimit;

  public Conversations(MongoOperations mongo, Clock clock, Duration idleLimit) {
    this.mongo = mongo;
    this.clock = clock;
    this.idleLimit = idleLimit;
  }

  /** The user's flow, unless there is none or it has expired. */
  public Optional<Conversation> current(ChatIdentity who) {
    return Optional.ofNullable(mongo.findById(who.key(), Conversation.class))
        .filter(c -> c.expiresAt().isAfter(clock.instant()));
  }

  /** Starts (or restarts) a flow for the user. */
  public Conversation begin(ChatIdentity who, String flow, String step, Map<String, String> data) {
    return mongo.save(
        new Conversation(who.key(), flow, step, data, clock.instant().plus(idleLimit)));
  }

  /**
   * Whether a flow that has not expired holds {@code value} under {@code key}, such as the intake
   * its files are filed under.
   */
  public boolean holds(String key, String value) {
    return mongo.exists(
        query(where("data." + key).is(value).and("expiresAt").gt(clock.instant())),
        Conversation.class);
  }

  /** Ends the user's flow; true if there was one. */
  public boolean end(ChatIdentity who) {
    return mongo.remove(query(where("_id").is(who.key())), Conversation.class).getDeletedCount()
        > 0;
  }
}
