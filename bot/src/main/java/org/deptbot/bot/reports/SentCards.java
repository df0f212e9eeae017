package org.deptbot.bot.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where each case card went (collection {@code case_cards}: one document per case, the handlers'
 * private chats and the platform's id of each card), so a change to the case redraws every card
 * instead of leaving old ones that say what is no longer true. Only handlers get cards, so nothing
 * here names a reporter. {@code shownVersion} is the case version the cards last showed: each
 * version is redrawn once. Each card also keeps a digest of what it last showed ({@code drawn},
 * keyed by platform, chat and message id), so a change that leaves a card as it was does not edit
 * it: Telegram refuses an edit that changes nothing. Forgotten once a closed case's cards are
 * redrawn for the last time.
 */
class SentCards {

  static final String COLLECTION = "case_cards";

  /**
   * One card: whose it is, in which private chat, under which message id, and the digest of what it
   * shows ({@link #digest}; null if not known).
   */
  record Card(String staffId, ChatIdentity chat, String messageId, String drawn) {}

  /**
   * A short digest of a card's text and button labels: equal digests, nothing to redraw. Button ids
   * are left out: each drawing makes new ones, and the old ones still stand for the same actions.
   */
  static String digest(RichText text, List<List<Button>> buttons) {
    StringBuilder all = new StringBuilder(text.toHtml("\n"));
    for (List<Button> row : buttons) {
      all.append('\u0000');
      for (Button b : row) {
        all.append('\u0001').append(b.label());
      }
    }
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

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
            .set(String.join(".", "drawn", key(card)), card.drawn())
            .max("shownVersion", version),
        COLLECTION);
  }

  Shown of(String caseId) {
    Document d = mongo.findById(caseId, Document.class, COLLECTION);
    if (d == null) {
      return new Shown(List.of(), Integer.MAX_VALUE);
    }
    List<Card> cards = new ArrayList<>();
    Document drawn = d.get("drawn", Document.class);
    for (Document c : d.getList("cards", Document.class, List.of())) {
      Card card =
          new Card(
              c.getString("staffId"),
              new ChatIdentity(
                  ChatPlatform.valueOf(c.getString("platform")), c.getString("userId")),
              c.getString("messageId"),
              null);
      cards.add(
          drawn == null
              ? card
              : new Card(
                  card.staffId(), card.chat(), card.messageId(), drawn.getString(key(card))));
    }
    Number shown = d.get("shownVersion", Number.class);
    return new Shown(cards, shown == null ? 0 : shown.intValue());
  }

  /** The card now shows what {@code drawn} is the digest of. */
  void drawn(String caseId, Card card, String drawn) {
    mongo.updateFirst(
        query(where("_id").is(caseId)),
        new Update().set(String.join(".", "drawn", key(card)), drawn),
        COLLECTION);
  }

  /** Where a card's digest is kept: a field named after its chat and message. */
  private static String key(Card card) {
    String key =
        card.chat().platform().name() + "_" + card.chat().userId() + "_" + card.messageId();
    return key.replaceAll("[^A-Za-z0-9_-]", "_");
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
