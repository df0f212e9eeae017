package org.deptbot.bot.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * Copies one database to another, collection by collection: every document as raw BSON (same {@code
 * _id}, same types), GridFS buckets with them (a bucket is its {@code .files} and {@code .chunks}
 * collections), then each collection's indexes as the source lists them. A TTL index is created
 * only by {@link #createTtlIndexes}, after the copy was verified: a real mongod deletes expired
 * documents by itself and would otherwise change the counts being compared.
 */
final class DatabaseCopy {

  /** Index options a real mongod accepts; anything else a server lists is left out. */
  private static final Set<String> INDEX_OPTIONS =
      Set.of(
          "key",
          "name",
          "unique",
          "sparse",
          "expireAfterSeconds",
          "partialFilterExpression",
          "collation",
          "weights",
          "default_language",
          "language_override",
          "hidden");

  private static final int BATCH_DOCUMENTS = 500;
  private static final int BATCH_BYTES = 8 * 1024 * 1024;

  private final MongoDatabase source;
  private final MongoDatabase target;

  DatabaseCopy(MongoDatabase source, MongoDatabase target) {
    this.source = source;
    this.target = target;
  }

  /** The source's collections, by name, without the server's own ({@code system.*}). */
  static List<String> collections(MongoDatabase database) {
    List<String> names = new ArrayList<>();
    database.listCollectionNames().forEach(names::add);
    return names.stream().filter(name -> !name.startsWith("system.")).sorted().toList();
  }

  /** The target's collections that hold at least one document, with how many; empty to go on. */
  Map<String, Long> targetContents() {
    Map<String, Long> held = new LinkedHashMap<>();
    for (String name : collections(target)) {
      long count = target.getCollection(name).countDocuments();
      if (count > 0) {
        held.put(name, count);
      }
    }
    return held;
  }

  /** Copies every document of every collection; returns how many per collection. */
  Map<String, Long> copyDocuments() {
    Map<String, Long> copied = new LinkedHashMap<>();
    for (String name : collections(source)) {
      MongoCollection<RawBsonDocument> to = target.getCollection(name, RawBsonDocument.class);
      List<RawBsonDocument> batch = new ArrayList<>();
      long bytes = 0;
      long count = 0;
      for (RawBsonDocument document : source.getCollection(name, RawBsonDocument.class).find()) {
        batch.add(document);
        bytes += document.getByteBuffer().remaining();
        count++;
        if (batch.size() >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES) {
          to.insertMany(batch);
          batch.clear();
          bytes = 0;
        }
      }
      if (!batch.isEmpty()) {
        to.insertMany(batch);
      }
      if (count == 0) {
        target.createCollection(name); // an empty collection is still a collection
      }
      copied.put(name, count);
    }
    return copied;
  }

  /** Creates every index of the source that is not a TTL index; returns their names. */
  List<String> createIndexes() {
    return create(false);
  }

  /** Creates the source's TTL indexes ({@code expireAfterSeconds}); returns their names. */
  List<String> createTtlIndexes() {
    return create(true);
  }

  private List<String> create(boolean ttl) {
    List<String> created = new ArrayList<>();
    for (String name : collections(source)) {
      for (Document index : source.getCollection(name).listIndexes()) {
        if ("_id_".equals(index.getString("name"))
            || index.containsKey("expireAfterSeconds") != ttl) {
          continue;
        }
        Document spec = new Document();
        index.forEach(
            (key, value) -> {
              if (INDEX_OPTIONS.contains(key)) {
                spec.put(key, value);
              }
            });
        target.runCommand(new Document("createIndexes", name).append("indexes", List.of(spec)));
        created.add(name + "." + index.getString("name"));
      }
    }
    return created;
  }
}
