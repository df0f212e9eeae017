package org.deptbot.core.subscribers;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/** Subscribers in MongoDB (collection {@code subscribers}); each change is one atomic write. */
public class Subscribers {

  private final MongoOperations mongo;
  private final Clock clock;

  public Subscribers(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  public Optional<Subscriber> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Subscriber.class));
  }

  /** Adds categories to the chat's subscription (creating it, or reactivating it). */
  public Subscriber subscribe(
      ChatPlatform platform, String chatId, Collection<NoticeCategory> categories) {
    return mongo.findAndModify(
        query(where("_id").is(Subscriber.idOf(platform, chatId))),
        new Update()
            .setOnInsert("platform", platform)
            .setOnInsert("chatId", chatId)
            .setOnInsert("since", clock.instant())
            .addToSet("categories")
            .each(categories.toArray())
            .set("active", true)
            .set("inactiveReason", null),
        FindAndModifyOptions.options().upsert(true).returnNew(true),
        Subscriber.class);
  }

  /**
   * Sets the language notices and replies come to this chat in (creating the subscription without
   * categories when there is none yet, so the choice is kept for when they pick some).
   */
  public Subscriber chooseLanguage(ChatPlatform platform, String chatId, String language) {
    return mongo.findAndModify(
        query(where("_id").is(Subscriber.idOf(platform, chatId))),
        new Update()
            .setOnInsert("platform", platform)
            .setOnInsert("chatId", chatId)
            .setOnInsert("since", clock.instant())
            .setOnInsert("active", true)
            .set("language", language),
        FindAndModifyOptions.options().upsert(true).returnNew(true),
        Subscriber.class);
  }

  /**
   * Whether the chat also gets the department's scheduled test message (creating the subscription
   * without categories when there is none yet).
   */
  public Subscriber receiveTests(ChatPlatform platform, String chatId, boolean wanted) {
    return mongo.findAndModify(
        query(where("_id").is(Subscriber.idOf(platform, chatId))),
        new Update()
            .setOnInsert("platform", platform)
            .setOnInsert("chatId", chatId)
            .setOnInsert("since", clock.instant())
            .setOnInsert("active", true)
            .set("testMessages", wanted),
        FindAndModifyOptions.options().upsert(true).returnNew(true),
        Subscriber.class);
  }

  /** Removes categories; with none left the chat receives nothing. */
  public Optional<Subscriber> unsubscribe(
      ChatPlatform platform, String chatId, Collection<NoticeCategory> categories) {
    return Optional.ofNullable(
        mongo.findAndModify(
            query(where("_id").is(Subscriber.idOf(platform, chatId))),
            new Update().pullAll("categories", categories.toArray()),
            FindAndModifyOptions.options().returnNew(true),
            Subscriber.class));
  }

  /**
   * Sets the zones the chat follows (empty: every zone). Only an existing subscription is changed;
   * empty when the chat has none.
   */
  public Optional<Subscriber> followZones(
      ChatPlatform platform, String chatId, Collection<String> zoneIds) {
    return Optional.ofNullable(
        mongo.findAndModify(
            query(where("_id").is(Subscriber.idOf(platform, chatId))),
            new Update().set("zones", List.copyOf(zoneIds)),
            FindAndModifyOptions.options().returnNew(true),
            Subscriber.class));
  }

  /** The platform said the chat is gone or blocks the bot: stop sending to it. */
  public void deactivate(String id, String reason) {
    mongo.updateFirst(
        query(where("_id").is(id)),
        new Update().set("active", false).set("inactiveReason", reason),
        Subscriber.class);
  }

  /** Active subscribers of a category, in a stable order. */
  public List<Subscriber> receiving(NoticeCategory category) {
    return mongo.find(
        query(where("active").is(true).and("categories").is(category)).with(Sort.by("_id")),
        Subscriber.class);
  }

  /** Active subscribers who asked for the test message, in a stable order. */
  public List<Subscriber> receivingTests() {
    return mongo.find(
        query(where("active").is(true).and("testMessages").is(true)).with(Sort.by("_id")),
        Subscriber.class);
  }

  /** Active subscribers on {@code platform} who receive {@code category}. */
  public long countReceiving(ChatPlatform platform, NoticeCategory category) {
    return mongo.count(
        query(where("active").is(true).and("platform").is(platform).and("categories").is(category)),
        Subscriber.class);
  }

  /** Active subscribers on {@code platform}, whatever they receive. */
  public long countActive(ChatPlatform platform) {
    return mongo.count(
        query(where("active").is(true).and("platform").is(platform)), Subscriber.class);
  }

  public long countReceiving(NoticeCategory category) {
    return mongo.count(
        query(where("active").is(true).and("categories").is(category)), Subscriber.class);
  }
}
