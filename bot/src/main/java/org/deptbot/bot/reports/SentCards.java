package org.deptbot.bot.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where each case card went (collection {@code case_cards}: one document per case, the handlers'
 * private chats and the platform's id of each card), so a change to the case redraws every card
 * instead of leaving old ones that say what is no longer true. Only handlers get cards, so nothing
 * here names a reporter. {@code shownVersion} is the case version the cards last showed: each
 * version is redrawn once. Forgotten once a closed case's cards are redrawn for the last time.
 */
class SentCards {

  static final String COLLECTION = "case_cards";

  /** One card: whose it is, in which private chat, under which message id. */
  record Card(String staffId, ChatIdentity chat, String messageId) {}

  /** The cards of a case and the case version they show. */
  record Shown(List<Card> cards, int version) {}

  private final MongoOperations mongo;

  SentCards(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** A card was sent showing {@code version} of the case. */
  void add(String caseId, int version, Card card) {
    mongo.upsert(
        query(where("_id").is(caseId)),
        new Update()
            .push(
                "cards",
                new Document("staffId", card.staffId())
                    .append("platform", card.chat().platform().name())
                    .append("userId", card.chat().userId())
                    .append("messageId", card.messageId()))
            .max("shownVersion", version),
        COLLECTION);
  }

  Shown of(String caseId) {
    Document d = mongo.findById(caseId, Document.class, COLLECTION);
    if (d == null) {
      return new Shown(List.of(), Integer.MAX_VALUE);
    }
    List<Card> cards = new ArrayList<>();
    for (Document c : d.getList("cards", Document.class, List.of())) {
      cards.add(
          new Card(
              c.getString("staffId"),
              new ChatIdentity(
                  ChatPlatform.valueOf(c.getString("platform")), c.getString("userId")),
              c.getString("messageId")));
    }
    Number shown = d.get("shownVersion", Number.class);
    return new Shown(cards, shown == null ? 0 : shown.intValue());
  }

  /** The cards now show {@code version}. */
  void shown(String caseId, int version) {
    mongo.updateFirst(
        query(where("_id").is(caseId)), new Update().max("shownVersion", version), COLLECTION);
  }

  void forget(String caseId) {
    mongo.remove(query(where("_id").is(caseId)), COLLECTION);
  }
}
