package org.deptbot.core.notices;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The department's scheduled test messages (collection {@code test_messages}: one document per test
 * message, {@code _id} its name, with the template's key, the rule as written and the channels).
 * The seed file sets them at every start, so the bot's round and the console read the same ones.
 */
public class TestMessages {

  private static final Logger log = LoggerFactory.getLogger(TestMessages.class);

  static final String COLLECTION = "test_messages";

  private final MongoOperations mongo;

  public TestMessages(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** Every test message, by name; one whose stored rule no longer reads is left out (logged). */
  public List<TestMessage> all() {
    List<TestMessage> out = new ArrayList<>();
    for (Document d : mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION)) {
      Optional<TestMessageRule> rule = TestMessageRule.parse(d.getString("rule"));
      if (rule.isEmpty()) {
        log.warn("Test message {} has a rule that cannot be read; it is not sent", d.get("_id"));
        continue;
      }
      out.add(
          new TestMessage(
              d.getString("_id"),
              d.getString("template"),
              rule.get(),
              d.getList("channels", String.class, List.of())));
    }
    return out;
  }

  /** The soonest test message after {@code now}, and when, in {@code now}'s zone. */
  public Optional<Next> next(ZonedDateTime now) {
    return all().stream()
        .map(t -> new Next(t, t.rule().next(now)))
        .min(Comparator.comparing(Next::at));
  }

  /** A test message's next occurrence. */
  public record Next(TestMessage message, ZonedDateTime at) {}

  /**
   * Makes {@code wanted} the stored ones: each written, those no longer named removed. Repeating it
   * changes nothing, so a crash part-way is mended by the next start.
   */
  public void set(List<TestMessage> wanted) {
    for (TestMessage t : wanted) {
      mongo.save(
          new Document("_id", t.id())
              .append("template", t.templateKey())
              .append("rule", t.rule().text())
              .append("channels", t.channels()),
          COLLECTION);
    }
    mongo.remove(
        query(where("_id").nin(wanted.stream().map(TestMessage::id).toList())), COLLECTION);
  }
}
