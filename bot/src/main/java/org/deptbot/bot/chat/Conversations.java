package org.deptbot.bot.chat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.deptbot.core.IndexedStore;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Guided-flow state per chat user, with an expiry (collection {@code conversations}). A draft in
 * progress ties a person to what they are writing (an anonymous report, a tip), so a stored
 * conversation is named by a keyed tag of the user, not their account, and its flow, step and what
 * it holds (a typed {@link FlowDraft} as the sub-document {@code draft}, or a short flow's strings,
 * {@code data}) are sealed together: a database reader sees only that someone has a flow that
 * expires at a given time. Expired flows are deleted by {@link #sweep}; a finished one can be
 * deleted once its replies are delivered ({@link #endOnceDelivered}), so nothing of it outlasts the
 * conversation.
 *
 * <p>The tag also carries the {@link #PERIOD} of the flow's last step, and each step stores the
 * flow under the tag of its own period. One tag per person for good would let a reader of the
 * database's history (a replica set's oplog, backups taken one after another) see the same document
 * written as an anonymous report was sent and later as that person did something under their name,
 * and so tie the two. Now two flows share a name only within the same few minutes.
 */
public class Conversations implements IndexedStore {

  static final String COLLECTION = "conversations";

  /** How long a person's flow keeps one name: a step in a later period stores it under another. */
  static final Duration PERIOD = Duration.ofMinutes(5);

  private final MongoOperations mongo;
  private final ReporterSeal seal;
  private final Clock clock;
  private final Duration idleLimit;
  private final ThreadLocal<List<ChatIdentity>> endsAfterDelivery = new ThreadLocal<>();

  public Conversations(MongoOperations mongo, ReporterSeal seal, Clock clock, Duration idleLimit) {
    this.mongo = mongo;
    this.seal = seal;
    this.clock = clock;
    this.idleLimit = idleLimit;
  }

  @Override
  public void createIndexes() {
    Expiry.index(mongo, COLLECTION);
  }

  /** The user's flow, unless there is none or it has expired. */
  public Optional<Conversation> current(ChatIdentity who) {
    Document stored =
        mongo.findOne(
            query(where("_id").in(namesOf(who)))
                .with(
                    org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, "expiresAt")),
            Document.class,
            COLLECTION);
    if (stored == null || stored.getString("sealed") == null) {
      return Optional.empty();
    }
    Instant expiresAt = stored.getDate("expiresAt").toInstant();
    if (!expiresAt.isAfter(clock.instant())) {
      return Optional.empty();
    }
    Document plain;
    try {
      plain = Document.parse(seal.open(stored.getString("sealed")));
    } catch (ReporterSeal.SealUnreadable otherKey) {
      return Optional.empty(); // sealed under a key the bot no longer has: start afresh
    }
    Map<String, String> data = new LinkedHashMap<>();
    Document stringMap = plain.get("data", Document.class);
    if (stringMap != null) {
      stringMap.forEach((k, v) -> data.put(k, (String) v));
    }
    return Optional.of(
        new Conversation(
            who.key(),
            plain.getString("flow"),
            plain.getString("step"),
            data,
            plain.get("draft", Document.class),
            expiresAt));
  }

  /** Starts (or restarts) a flow for the user that keeps a few strings ({@code data}). */
  public Conversation begin(ChatIdentity who, String flow, String step, Map<String, String> data) {
    Map<String, String> held = new LinkedHashMap<>();
    HELD.stream().filter(data::containsKey).forEach(k -> held.put(k, data.get(k)));
    return store(who, flow, step, data, null, held);
  }

  /**
   * Starts (or restarts) a flow for the user that keeps a typed draft: stored as the sub-document
   * {@code draft} inside the same seal, with tags of the uploads it holds ({@link #holds}).
   */
  public Conversation begin(ChatIdentity who, String flow, String step, FlowDraft draft) {
    Map<String, String> held = new LinkedHashMap<>();
    draft
        .held()
        .forEach(
            (k, v) -> {
              if (HELD.contains(k) && v != null) {
                held.put(k, v);
              }
            });
    return store(who, flow, step, Map.of(), draft.toDocument(), held);
  }

  private Conversation store(
      ChatIdentity who,
      String flow,
      String step,
      Map<String, String> data,
      Document draft,
      Map<String, String> heldByKey) {
    var conversation =
        new Conversation(who.key(), flow, step, data, draft, clock.instant().plus(idleLimit));
    Document plain = new Document("flow", flow).append("step", step);
    if (draft == null) {
      plain.append("data", new Document(new LinkedHashMap<>(conversation.data())));
    } else {
      plain.append("draft", draft);
    }
    String name = idOf(who, period(clock.instant()));
    Document stored =
        new Document("_id", name)
            .append("sealed", seal.seal(plain.toJson()))
            .append("expiresAt", Date.from(conversation.expiresAt()));
    List<String> held =
        heldByKey.entrySet().stream().map(e -> heldTag(e.getKey(), e.getValue())).toList();
    if (!held.isEmpty()) {
      stored.append("holds", held);
    }
    mongo.save(stored, COLLECTION);
    List<String> older = new ArrayList<>(namesOf(who));
    older.remove(name);
    mongo.remove(query(where("_id").in(older)), COLLECTION); // its name of an earlier period
    return conversation;
  }

  /**
   * Whether a flow that has not expired holds {@code value} under {@code key}, such as the intake
   * its files are filed under. The data is sealed, so each stored flow also carries a keyed tag of
   * its intake and photo ({@link #HELD}), which tells nothing without the department's key.
   */
  public boolean holds(String key, String value) {
    return mongo.exists(
        query(
            where("holds").is(heldTag(key, value)).and("expiresAt").gt(Date.from(clock.instant()))),
        COLLECTION);
  }

  /** The data a stored flow keeps tags of, for {@link #holds}: its intake and its photo. */
  static final List<String> HELD = List.of("intake", "photo");

  private String heldTag(String key, String value) {
    return seal.tag("held|" + key + "|" + value);
  }

  /** Ends the user's flow; true if there was one. */
  public boolean end(ChatIdentity who) {
    return mongo.remove(query(where("_id").in(namesOf(who))), COLLECTION).getDeletedCount() > 0;
  }

  /**
   * Ends the user's flow once the replies of the update being handled are delivered, so an update
   * handled again after a crash before then still finds it (and repeats the same receipt); outside
   * {@link #deferringEndsInto} it ends at once.
   */
  public void endOnceDelivered(ChatIdentity who) {
    List<ChatIdentity> pending = endsAfterDelivery.get();
    if (pending == null) {
      end(who);
    } else {
      pending.add(who);
    }
  }

  /**
   * Runs {@code handling} (one update, handled; its replies are delivered later), collecting in
   * {@code ends} the flows it asked to end once delivered: the caller ends them with {@link #end}
   * once the replies are delivered, and keeps them when delivery fails.
   */
  <T> T deferringEndsInto(List<ChatIdentity> ends, java.util.function.Supplier<T> handling) {
    if (endsAfterDelivery.get() != null) {
      return handling.get();
    }
    endsAfterDelivery.set(ends);
    try {
      return handling.get();
    } finally {
      endsAfterDelivery.remove();
    }
  }

  /**
   * A question the bot put to this person on someone's behalf (a handler to a reporter, the desk to
   * a tipster), waiting for their answer. {@code command} is what their answer is appended to, such
   * as {@code /mycases R-…}; it is run as if they had typed it, so its checks still apply. {@code
   * questionId} is the platform's id of the message that put the question to them, once it is sent
   * (null before, or when the platform gave none): a reply to that message answers this question.
   */
  public record Awaited(String ref, String command, String questionId) {

    public Awaited(String ref, String command) {
      this(ref, command, null);
    }
  }

  /** How long a question waits for its answer before a plain message no longer goes to it. */
  static final Duration AWAITED_FOR = Duration.ofDays(14);

  /**
   * Notes that {@code who} owes an answer about {@code ref}. Stored like a flow: under a keyed tag
   * of the person, the questions sealed, expiring at the start of a day (so the time says little of
   * when the question was sent). Noting the same question again changes nothing. Questions about an
   * anonymous case or tip are kept apart from those about named ones, under another tag, so the
   * history of one document never shows both (which would tie the anonymous one to the person).
   */
  public void awaitAnswer(ChatIdentity who, String ref, String command, boolean anonymous) {
    changeAwaited(
        awaitedId(who, anonymous),
        list -> {
          if (list.stream().noneMatch(a -> a.ref().equals(ref))) {
            list.add(new Awaited(ref, command));
          }
        });
  }

  /**
   * The question about {@code ref} went to {@code who} as the message {@code questionId}, so a
   * reply to that message answers it. Kept only inside the same sealed entry as the question, and
   * gone with it once answered; a question no longer waiting is left as it is.
   */
  public void questionSent(ChatIdentity who, String ref, String questionId) {
    if (questionId == null) {
      return;
    }
    for (String id : awaitedIds(who)) {
      changeAwaited(
          id,
          list ->
              list.replaceAll(
                  a -> a.ref().equals(ref) ? new Awaited(a.ref(), a.command(), questionId) : a));
    }
  }

  /** The person no longer owes an answer about {@code ref} (they gave it, or it is closed). */
  public void answered(ChatIdentity who, String ref) {
    for (String id : awaitedIds(who)) {
      changeAwaited(id, list -> list.removeIf(a -> a.ref().equals(ref)));
    }
  }

  /** The questions {@code who} has not answered yet: about named records, then anonymous ones. */
  public List<Awaited> awaitedAnswers(ChatIdentity who) {
    List<Awaited> all = new ArrayList<>();
    for (String id : awaitedIds(who)) {
      all.addAll(readAwaited(mongo.findById(id, Document.class, COLLECTION)));
    }
    return all;
  }

  private List<Awaited> readAwaited(Document stored) {
    if (stored == null
        || stored.getString("sealed") == null
        || !stored.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
      return new ArrayList<>();
    }
    Document plain;
    try {
      plain = Document.parse(seal.open(stored.getString("sealed")));
    } catch (ReporterSeal.SealUnreadable otherKey) {
      return new ArrayList<>();
    }
    List<Awaited> list = new ArrayList<>();
    for (Document a : plain.getList("awaiting", Document.class)) {
      list.add(new Awaited(a.getString("ref"), a.getString("command"), a.getString("questionId")));
    }
    return list;
  }

  /**
   * Reads, changes and stores the person's questions as one conditional write (the notifier and the
   * person's own message may change them at the same moment), trying again if it lost.
   */
  private void changeAwaited(String id, java.util.function.Consumer<List<Awaited>> change) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Document stored = mongo.findById(id, Document.class, COLLECTION);
      List<Awaited> list = readAwaited(stored);
      List<Awaited> before = List.copyOf(list);
      change.accept(list);
      if (list.equals(before)) {
        return; // nothing changed: nothing written, so its history says nothing either
      }
      long version = stored == null ? 0 : stored.get("v", Number.class).longValue();
      if (list.isEmpty()) {
        if (stored == null
            || mongo
                    .remove(query(where("_id").is(id).and("v").is(version)), COLLECTION)
                    .getDeletedCount()
                > 0) {
          return;
        }
        continue;
      }
      Document plain =
          new Document(
              "awaiting",
              list.stream()
                  .map(
                      a ->
                          new Document("ref", a.ref())
                              .append("command", a.command())
                              .append("questionId", a.questionId()))
                  .toList());
      Instant expiresAt =
          clock
              .instant()
              .plus(AWAITED_FOR)
              .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
              .plus(Duration.ofDays(1));
      Document next =
          new Document("_id", id)
              .append("sealed", seal.seal(plain.toJson()))
              .append("expiresAt", Date.from(expiresAt))
              .append("v", version + 1);
      if (stored == null) {
        try {
          mongo.insert(next, COLLECTION);
          return;
        } catch (org.springframework.dao.DuplicateKeyException raced) {
          continue;
        }
      }
      if (mongo
              .replace(query(where("_id").is(id).and("v").is(version)), next, COLLECTION)
              .getMatchedCount()
          > 0) {
        return;
      }
    }
    throw new IllegalStateException("the person's awaited answers kept changing; try again");
  }

  /** The named questions keep the tag they always had; anonymous ones have their own. */
  private String awaitedId(ChatIdentity who, boolean anonymous) {
    return seal.tag((anonymous ? "awaiting|anonymous|" : "awaiting|") + who.key());
  }

  private List<String> awaitedIds(ChatIdentity who) {
    return List.of(awaitedId(who, false), awaitedId(who, true));
  }

  /** Deletes the flows that have expired; returns how many. */
  public long sweep() {
    return Expiry.sweep(mongo, COLLECTION, clock);
  }

  /** The name the person's flow is stored under when it is stored now (for tests). */
  public String storedName(ChatIdentity who) {
    return idOf(who, period(clock.instant()));
  }

  private String idOf(ChatIdentity who, long period) {
    return seal.tag("conversation|" + who.key() + "|" + period);
  }

  private static long period(Instant at) {
    return Math.floorDiv(at.toEpochMilli(), PERIOD.toMillis());
  }

  /**
   * Every name the person's flow that has not expired may have: that of each period back to its
   * idle limit, and the one versions before periods gave it (a flow in progress at the upgrade).
   */
  private List<String> namesOf(ChatIdentity who) {
    long now = period(clock.instant());
    long back = idleLimit.toMillis() / PERIOD.toMillis() + 1;
    List<String> names = new ArrayList<>();
    for (long p = now; p >= now - back; p--) {
      names.add(idOf(who, p));
    }
    names.add(seal.tag("conversation|" + who.key()));
    return names;
  }
}
