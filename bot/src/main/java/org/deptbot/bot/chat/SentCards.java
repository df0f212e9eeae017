package org.deptbot.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where each card about a case or a tip went (one document per case or tip, in {@code case_cards}
 * or {@code tip_cards}: the staff members' private chats and the platform's id of each card), so a
 * change redraws every card instead of leaving old ones that say what is no longer true. Only staff
 * get cards, so nothing here names a reporter or a tipster. {@code shownVersion} is the version the
 * cards last showed: each version is redrawn once. Each card also keeps a digest of what it last
 * showed ({@code drawn}, keyed by platform, chat and message id), so a change that leaves a card as
 * it was does not edit it: Telegram refuses an edit that changes nothing. Forgotten once a closed
 * case's or tip's cards are redrawn for the last time.
 */
public class SentCards {

  private static final Logger log = LoggerFactory.getLogger(SentCards.class);

  /** The cards of cases, sent to their handlers. */
  public static final String CASE_CARDS = "case_cards";

  /** The cards of tips, sent to everyone on the tips desk. */
  public static final String TIP_CARDS = "tip_cards";

  /**
   * One card: whose it is, in which private chat, under which message id, and the digest of what it
   * shows ({@link #digest}; null if not known).
   */
  public record Card(String staffId, ChatIdentity chat, String messageId, String drawn) {}

  /**
   * A short digest of a card's text and button labels: equal digests, nothing to redraw. Button ids
   * are left out: each drawing makes new ones, and the old ones still stand for the same actions.
   */
  public static String digest(RichText text, List<List<Button>> buttons) {
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

  /** The cards of a case or tip and the version of it they show. */
  public record Shown(List<Card> cards, int version) {}

  private final MongoOperations mongo;
  private final String collection;

  /** The cards kept in {@code collection}: {@link #CASE_CARDS} or {@link #TIP_CARDS}. */
  public SentCards(MongoOperations mongo, String collection) {
    this.mongo = mongo;
    this.collection = collection;
  }

  /**
   * A card was sent showing {@code version} of the case or tip. The first card sets the version the
   * cards show; a later one leaves it, so cards a failed redraw left behind are still redrawn (the
   * new card's digest keeps it from being edited to what it already shows).
   */
  public void add(String id, int version, Card card) {
    mongo.upsert(
        query(where("_id").is(id)),
        new Update()
            .push(
                "cards",
                new Document("staffId", card.staffId())
                    .append("platform", card.chat().platform().name())
                    .append("userId", card.chat().userId())
                    .append("messageId", card.messageId()))
            .set(drawnField(card), card.drawn())
            .setOnInsert("shownVersion", version),
        collection);
  }

  public Shown of(String id) {
    Document d = mongo.findById(id, Document.class, collection);
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

  /**
   * Redraws the cards of {@code id} sent before {@code version}, in place: each shows {@code text}
   * with the buttons {@code actions} gives for it, and one that would look the same is left alone
   * (Telegram refuses an edit that changes nothing). Once every card is drawn the version is noted,
   * and a closed case's or tip's cards are forgotten; a platform that could not be reached leaves
   * the version as it was, so the next round tries again. A card the platform refuses to edit
   * (deleted, the chat gone) is left as it is: the adapter logs the refusal and does not throw.
   */
  public void redraw(
      String id,
      int version,
      boolean closed,
      RichText text,
      Function<Card, List<List<Button>>> actions,
      StaffChats chats) {
    Shown shown = of(id);
    if (shown.version() >= version) {
      return;
    }
    boolean allDrawn = true;
    for (Card card : shown.cards()) {
      List<List<Button>> buttons = actions.apply(card);
      String drawn = digest(text, buttons);
      if (drawn.equals(card.drawn())) {
        continue; // this change leaves the card as it was
      }
      if (!claim(id, card, card.drawn(), drawn)) {
        continue; // another round is drawing it right now, or already drew it
      }
      try {
        chats.send(
            new Outgoing.Edit(
                StaffChats.privateChat(card.chat()), card.messageId(), text, buttons));
      } catch (RuntimeException unreachable) {
        log.warn("Could not redraw a card of {}; trying again shortly", id, unreachable);
        claim(id, card, drawn, card.drawn()); // not drawn after all: the next round tries again
        allDrawn = false;
      }
    }
    if (!allDrawn) {
      return;
    }
    shown(id, version);
    if (closed) {
      forget(id); // these cards will not change again
    }
  }

  /** The card now shows what {@code drawn} is the digest of. */
  public void drawn(String id, Card card, String drawn) {
    mongo.updateFirst(
        query(where("_id").is(id)), new Update().set(drawnField(card), drawn), collection);
  }

  /**
   * Moves a card's digest from {@code from} to {@code to} only if it still is {@code from}, so two
   * rounds redrawing one card at once edit it once: Telegram refuses an edit that changes nothing.
   */
  private boolean claim(String id, Card card, String from, String to) {
    String field = drawnField(card);
    // a card with no digest yet matches null: the field is missing or holds null
    var where = where("_id").is(id).and(field).is(from);
    Update update = to == null ? new Update().unset(field) : new Update().set(field, to);
    return mongo.updateFirst(query(where), update, collection).getModifiedCount() > 0;
  }

  /** The field holding a card's digest, inside {@code drawn}. */
  private static String drawnField(Card card) {
    return String.join(".", "drawn", key(card));
  }

  /** Where a card's digest is kept: a field named after its chat and message. */
  private static String key(Card card) {
    String key =
        card.chat().platform().name() + "_" + card.chat().userId() + "_" + card.messageId();
    return key.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** The cards now show {@code version}. */
  public void shown(String id, int version) {
    mongo.updateFirst(
        query(where("_id").is(id)), new Update().max("shownVersion", version), collection);
  }

  /**
   * The handler's chats that already answered for this version of the case: they have the card, or
   * refused it for good. Those are not sent it again while the case owes the handler this version
   * (the notifier runs every second); an unreachable chat is not listed, so it is tried again.
   */
  public record Tried(Set<ChatIdentity> delivered, Set<ChatIdentity> refused) {
    public boolean answered(ChatIdentity chat) {
      return delivered.contains(chat) || refused.contains(chat);
    }
  }

  public Tried tried(String caseId, int version, String staffId) {
    Document d = mongo.findById(caseId, Document.class, collection);
    var delivered = new HashSet<ChatIdentity>();
    var refused = new HashSet<ChatIdentity>();
    if (d != null) {
      String prefix = version + " " + staffId + " ";
      for (String entry : d.getList("tried", String.class, List.of())) {
        if (!entry.startsWith(prefix)) {
          continue;
        }
        String[] rest = entry.substring(prefix.length()).split(" ", 2);
        String[] chat = rest[0].split(":", 2);
        var identity = new ChatIdentity(ChatPlatform.valueOf(chat[0]), chat[1]);
        ("refused".equals(rest[1]) ? refused : delivered).add(identity);
      }
    }
    return new Tried(delivered, refused);
  }

  /**
   * Notes that the chat answered for {@code version}: {@code delivered} or refused. An entry is
   * {@code "<version> <staffId> <PLATFORM>:<userId> delivered|refused"}; only handlers' chats.
   */
  public void tried(
      String caseId, int version, String staffId, ChatIdentity chat, boolean delivered) {
    String entry =
        version
            + " "
            + staffId
            + " "
            + chat.platform().name()
            + ":"
            + chat.userId()
            + " "
            + (delivered ? "delivered" : "refused");
    mongo.upsert(query(where("_id").is(caseId)), new Update().addToSet("tried", entry), collection);
  }

  public void forget(String id) {
    mongo.remove(query(where("_id").is(id)), collection);
  }
}
