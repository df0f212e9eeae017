package org.deptbot.core;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;

/**
 * Indexes for queries the bot runs on every update or every round, on collections whose stores
 * create no index of their own (notices, subscribers, templates, chat links, tips' notification
 * flags, deliveries' publishing, receipts, updates left unhandled). The embedded server keeps them
 * as plain indexes and reads its small collections in full; on a real mongod each query is an index
 * scan instead of a collection scan. {@code docs/data-model.md} ("Queries on a hot path") lists
 * each query with the index that serves it, and a test checks the list against the indexes that
 * exist after start-up.
 */
public class HotPathIndexes implements IndexedStore {

  /** A collection and the keys of one index on it, in order, all ascending. */
  public record Keys(String collection, List<String> fields) {
    Document document() {
      Document keys = new Document();
      fields.forEach(field -> keys.append(field, 1));
      return keys;
    }
  }

  public static final List<Keys> INDEXES =
      List.of(
          new Keys("notices", List.of("status", "scheduledFor")),
          new Keys("notices", List.of("status", "expiresAt")),
          new Keys("notices", List.of("revisions.planned")),
          new Keys("subscribers", List.of("active", "categories", "_id")),
          new Keys("subscribers", List.of("active", "platform", "categories")),
          new Keys("templates", List.of("key", "version")),
          new Keys("templates", List.of("status")),
          new Keys("approval_reminders", List.of("templateId", "submittedAt")),
          new Keys("chat_links", List.of("staffId")),
          new Keys("tips", List.of("deskToNotify")),
          new Keys("tips", List.of("tipsterToNotify")),
          new Keys("deliveries", List.of("publishing.state", "publishing.notBefore")),
          new Keys("notice_receipts", List.of("reported", "at")),
          new Keys("chat_updates", List.of("handled", "platform", "receivedAt")));

  private final MongoOperations mongo;

  public HotPathIndexes(MongoOperations mongo) {
    this.mongo = mongo;
  }

  @Override
  public void createIndexes() {
    for (Keys index : INDEXES) {
      mongo.indexOps(index.collection()).createIndex(new CompoundIndexDefinition(index.document()));
    }
  }
}
