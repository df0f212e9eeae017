package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;

class ReceivedUpdatesIT {

  private MongoTemplate mongo;
  private ReceivedUpdates updates;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    updates = new ReceivedUpdates(mongo, Clock.systemUTC());
    updates.createIndexes();
  }

  @Test
  void anUnhandledUpdateIsFoundThroughAnIndexOnIdAndHandled() {
    // the embedded server uses an index only for a query on exactly its fields (see
    // ReceivedUpdates)
    assertThat(mongo.indexOps(ReceivedUpdate.class).getIndexInfo())
        .anySatisfy(
            index -> {
              assertThat(index.isUnique()).isTrue();
              assertThat(index.getIndexFields())
                  .extracting(IndexField::getKey)
                  .containsExactly("_id", "handled");
            });
  }

  @Test
  void anUpdateIsUnhandledUntilMarkedAndStoredOnce() {
    var incoming = text("training:1");

    assertThat(updates.store(incoming)).isTrue();
    assertThat(updates.store(incoming)).isFalse();
    assertThat(updates.unhandled("training:1")).isPresent();
    assertThat(updates.unhandledKeys(ChatPlatform.TRAINING)).containsExactly("training:1");

    updates.markHandled("training:1");

    assertThat(updates.unhandled("training:1")).isEmpty();
    assertThat(updates.unhandledKeys(ChatPlatform.TRAINING)).isEmpty();
  }

  @Test
  void aHandledUpdateKeepsOnlyItsIdNotWhatWasSaidNorWhoSaidIt() {
    updates.store(text("training:2"));

    updates.markHandled("training:2");

    var stored =
        mongo
            .getCollection("chat_updates")
            .find(new org.bson.Document("_id", "training:2"))
            .first();
    assertThat(stored).isNotNull().doesNotContainKeys("text", "userId", "displayName", "chatId");
    assertThat(stored.toJson()).doesNotContain("hello", "u1");
    assertThat(updates.store(text("training:2"))).as("a redelivery is still recognised").isFalse();
  }

  @Test
  void anUpdateIsHeldByOneProcessAtATimeUntilItsClaimIsGivenBackOrLapses() {
    var clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    var first = new ReceivedUpdates(mongo, clock);
    var second = new ReceivedUpdates(mongo, clock);
    first.store(text("telegram:7"));

    var held = first.claim("telegram:7", Duration.ofMinutes(5));
    assertThat(held).isPresent();
    // the other process's retry round, or its start, leaves it alone
    assertThat(second.claim("telegram:7", Duration.ofMinutes(5))).isEmpty();

    // the first died holding it: once the claim lapses the other takes it over
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    var takenOver = second.claim("telegram:7", Duration.ofMinutes(5));
    assertThat(takenOver).isPresent();
    assertThat(first.claim("telegram:7", Duration.ofMinutes(5))).isEmpty();
    // the late first giving its claim back does not free the second's
    first.release("telegram:7", held.get());
    assertThat(first.claim("telegram:7", Duration.ofMinutes(5))).isEmpty();

    second.release("telegram:7", takenOver.get());
    assertThat(first.claim("telegram:7", Duration.ofMinutes(5))).isPresent();
  }

  private static Incoming text(String key) {
    var identity = new ChatIdentity(ChatPlatform.TRAINING, "u1");
    return new Incoming.TextMessage(
        key,
        new ChatUser(identity, "U"),
        new ChatTarget(ChatPlatform.TRAINING, "u1", true),
        "hello");
  }
}
