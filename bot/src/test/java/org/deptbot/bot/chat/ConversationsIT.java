package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.deptbot.bot.TestSealKey;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;

/** The questions a person owes an answer to, as stored: nothing readable ties them to a tip. */
class ConversationsIT {

  private final MongoOperations mongo = TestMongo.newDatabase();
  private final Conversations conversations =
      new Conversations(
          mongo,
          ReporterSeal.fromBase64(TestSealKey.BASE64),
          Clock.systemUTC(),
          Duration.ofMinutes(30));
  private final ChatIdentity tipster = new ChatIdentity(ChatPlatform.TELEGRAM, "910777");

  @Test
  void theMessageThatAskedAQuestionIsKeptSealedWithItAndGoesWhenItIsAnswered() {
    conversations.awaitAnswer(tipster, "T-2026-000041", "/mytip T-2026-000041", false);
    conversations.awaitAnswer(tipster, "T-2026-000042", "/mytip T-2026-000042", false);

    conversations.questionSent(tipster, "T-2026-000041", "4711");

    assertThat(conversations.awaitedAnswers(tipster))
        .containsExactly(
            new Conversations.Awaited("T-2026-000041", "/mytip T-2026-000041", "4711"),
            new Conversations.Awaited("T-2026-000042", "/mytip T-2026-000042", null));
    String stored = storedJson();
    assertThat(stored)
        .as("neither the tip, the message nor the chat can be read from what is stored")
        .doesNotContain("4711", "T-2026", "910777");

    conversations.answered(tipster, "T-2026-000041");
    conversations.answered(tipster, "T-2026-000042");

    assertThat(mongo.getCollection(Conversations.COLLECTION).countDocuments())
        .as("answered: nothing of the questions is left")
        .isZero();
  }

  @Test
  void aQuestionAnsweredBeforeItsMessageIdCameBackIsNotNotedAgain() {
    conversations.awaitAnswer(tipster, "T-2026-000043", "/mytip T-2026-000043", true);
    conversations.answered(tipster, "T-2026-000043");

    conversations.questionSent(tipster, "T-2026-000043", "4712");

    assertThat(conversations.awaitedAnswers(tipster)).isEmpty();
  }

  @Test
  void questionsAboutAnAnonymousAndANamedRecordOfOnePersonAreKeptInDocumentsThatShareNothing() {
    conversations.awaitAnswer(tipster, "R-2026-000051", "/mycases R-2026-000051", false);
    Document named = mongo.getCollection(Conversations.COLLECTION).find().first();
    conversations.awaitAnswer(tipster, "R-2026-000052", "/mycases R-2026-000052", true);

    // both wait for the person's answer
    assertThat(conversations.awaitedAnswers(tipster))
        .extracting(Conversations.Awaited::ref)
        .containsExactly("R-2026-000051", "R-2026-000052");
    // but the anonymous one went into another document: the named one was not written again
    assertThat(mongo.getCollection(Conversations.COLLECTION).countDocuments()).isEqualTo(2);
    assertThat(
            mongo
                .getCollection(Conversations.COLLECTION)
                .find(new Document("_id", named.get("_id")))
                .first())
        .isEqualTo(named);

    // the message that asked the anonymous one, and its answer, touch only its own document
    conversations.questionSent(tipster, "R-2026-000052", "4713");
    conversations.answered(tipster, "R-2026-000052");
    assertThat(
            mongo.getCollection(Conversations.COLLECTION).find().into(new java.util.ArrayList<>()))
        .containsExactly(named);
  }

  @Test
  void aPersonsFlowChangesItsNameWithThePeriodAndIsStillFoundAndEndedWhole() {
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-03T07:01:00Z"));
    Conversations timed =
        new Conversations(
            mongo, ReporterSeal.fromBase64(TestSealKey.BASE64), clock, Duration.ofMinutes(30));
    ChatIdentity officer = new ChatIdentity(ChatPlatform.TELEGRAM, "700000031");

    // GIVEN an anonymous report's flow, one step now and one 12 minutes later
    timed.begin(officer, "report", "links", java.util.Map.of("mode", "x"));
    Object first = onlyFlowName();
    clock.advance(Duration.ofMinutes(12));
    assertThat(timed.current(officer)).isPresent(); // found under its name of the earlier period
    timed.begin(officer, "report", "confirm", java.util.Map.of("mode", "anonymous"));

    // THEN it is stored once, under another name
    Object later = onlyFlowName();
    assertThat(later).isNotEqualTo(first);
    assertThat(timed.current(officer).orElseThrow().step()).isEqualTo("confirm");

    // AND once ended, a flow the same person starts minutes later shares no name with it
    assertThat(timed.end(officer)).isTrue();
    assertThat(mongo.getCollection(Conversations.COLLECTION).countDocuments()).isZero();
    clock.advance(Duration.ofMinutes(6));
    timed.begin(officer, "notice", "template", java.util.Map.of());
    assertThat(onlyFlowName()).isNotIn(first, later);
  }

  private Object onlyFlowName() {
    List<Object> names = new java.util.ArrayList<>();
    mongo.getCollection(Conversations.COLLECTION).find().forEach(d -> names.add(d.get("_id")));
    assertThat(names).hasSize(1);
    return names.get(0);
  }

  private String storedJson() {
    StringBuilder all = new StringBuilder();
    for (Document d : mongo.getCollection(Conversations.COLLECTION).find()) {
      all.append(d.toJson());
    }
    return all.toString();
  }
}
