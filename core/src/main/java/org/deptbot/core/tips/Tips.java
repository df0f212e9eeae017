package org.deptbot.core.tips;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.deptbot.core.IndexedStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Tips in MongoDB (collection {@code tips}). A tip is stored once per intake, whatever happens
 * between storing it and giving the tipster the receipt; a change is stored only if nobody changed
 * the tip since it was read.
 */
public class Tips implements IndexedStore {

  /** The marker in {@code counters} saying no tip carries a tipster tag any more. */
  private static final String TAGS_FORGOTTEN = "tipster-tags-forgotten";

  private final MongoOperations mongo;
  private final Clock clock;

  public Tips(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** The collection's indexes; the tipster tags of earlier versions are removed once. */
  @Override
  public void createIndexes() {
    var ops = mongo.indexOps(Tip.class);
    ops.createIndex(new Index().on("intakeKey", Sort.Direction.ASC).unique());
    ops.createIndex(
        new Index().on("status", Sort.Direction.ASC).on("submittedAt", Sort.Direction.ASC));
    ops.createIndex(
        new Index().on("receiptHash", Sort.Direction.ASC).unique().sparse().named("receipt"));
    if (!mongo.exists(query(where("_id").is(TAGS_FORGOTTEN)), "counters")) {
      forgetTipsterTags();
      mongo.upsert(
          query(where("_id").is(TAGS_FORGOTTEN)), new Update().set("value", 1), "counters");
    }
  }

  /** The next tip number of the year, such as {@code T-2026-000042}; never handed out twice. */
  public String nextNumber() {
    int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
    Document counter =
        mongo.findAndModify(
            query(where("_id").is("tip-" + year)),
            new Update().inc("value", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            "counters");
    return "T-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
  }

  /**
   * Stores a new tip, or returns the one already stored for the same intake (a second Send, or the
   * same update handled again after a crash).
   */
  public Tip submit(Tip tip) {
    Optional<Tip> earlier = byIntakeKey(tip.intakeKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return mongo.insert(tip);
    } catch (DuplicateKeyException alreadyStored) {
      return byIntakeKey(tip.intakeKey()).orElseThrow(() -> alreadyStored);
    }
  }

  public Optional<Tip> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Tip.class));
  }

  public Optional<Tip> byIntakeKey(String intakeKey) {
    return Optional.ofNullable(mongo.findOne(query(where("intakeKey").is(intakeKey)), Tip.class));
  }

  /** Whether a tip was sent with the photo {@code photoId}. */
  public boolean anyWithPhoto(String photoId) {
    return mongo.exists(query(where("photoId").is(photoId)), Tip.class);
  }

  /** Stores {@code changed} unless the tip changed since {@code expected} was read. */
  public boolean replace(Tip expected, Tip changed) {
    var unchanged = query(where("_id").is(expected.id()).and("version").is(expected.version()));
    return mongo.findAndReplace(unchanged, changed) != null;
  }

  /** Open tips, oldest first. */
  public List<Tip> open(int limit) {
    return mongo.find(
        query(where("status").ne(TipStatus.CLOSED))
            .with(Sort.by("submittedAt", "_id"))
            .limit(limit),
        Tip.class);
  }

  /** The tip whose receipt key hashes to {@code receiptHash}. */
  public Optional<Tip> byReceipt(String receiptHash) {
    return Optional.ofNullable(
        mongo.findOne(query(where("receiptHash").is(receiptHash)), Tip.class));
  }

  /**
   * Earlier versions stored a keyed hash of the tipster's chat account on each tip, which tied a
   * tipster's tips together: it is removed.
   */
  private void forgetTipsterTags() {
    mongo.updateMulti(
        query(where("tipsterTag").exists(true)), new Update().unset("tipsterTag"), Tip.class);
    var indexes = mongo.indexOps(Tip.class);
    if (indexes.getIndexInfo().stream().anyMatch(i -> i.getName().equals("tipsterTag_1"))) {
      indexes.dropIndex("tipsterTag_1");
    }
  }

  /** Tips with a desk or tipster notification still owed. */
  public List<Tip> owingNotifications() {
    return mongo.find(
        new Query(
                new Criteria()
                    .orOperator(where("deskToNotify").is(true), where("tipsterToNotify").is(true)))
            .limit(100),
        Tip.class);
  }

  /**
   * Urgent tips nobody has acknowledged whose card reached the desk at least {@code every} ago,
   * each claimed for one more round (field {@code remindedAt}, outside the record, so claiming
   * never collides with the desk's actions): two bots never remind twice. A tip rewritten since
   * (the tipster added something) loses its claim and is reminded on the next round.
   */
  public List<Tip> claimUrgentReminders(Duration every, int limit) {
    Instant now = clock.instant();
    Instant due = now.minus(every);
    Criteria owed =
        where("danger")
            .in(Danger.EMERGENCY.name(), Danger.SELF_HARM.name())
            .and("status")
            .is(TipStatus.NEW)
            .and("deskToNotify")
            .is(false)
            .and("submittedAt")
            .lte(due)
            .orOperator(where("remindedAt").exists(false), where("remindedAt").lte(due));
    List<Tip> claimed = new ArrayList<>();
    for (Tip t : mongo.find(new Query(owed).limit(limit), Tip.class)) {
      var mine = new Query(new Criteria().andOperator(where("_id").is(t.id()), owed));
      if (mongo.updateFirst(mine, new Update().set("remindedAt", now), Tip.class).getModifiedCount()
          == 1) {
        claimed.add(t);
      }
    }
    return claimed;
  }

  /**
   * Marks what a round sent for {@code tip} as sent. If the tip changed meanwhile, each flag is
   * still cleared unless a change since owes that notification again (then the next round sends
   * it).
   */
  public void notified(Tip tip, boolean desk, boolean tipster) {
    Tip now = tip;
    // The desk may acknowledge from the card just delivered while the round still sends to others:
    // leaving the flag set would send everyone the same card a second time.
    for (int attempt = 0; attempt < 5 && now != null; attempt++) {
      Update update = new Update();
      if (desk && !now.owesDeskSince(tip)) {
        update.set("deskToNotify", false);
      }
      if (tipster && !now.owesTipsterSince(tip)) {
        update.set("tipsterToNotify", false);
      }
      if (update.getUpdateObject().isEmpty()) {
        return;
      }
      if (mongo
              .updateFirst(
                  query(where("_id").is(tip.id()).and("version").is(now.version())),
                  update,
                  Tip.class)
              .getMatchedCount()
          > 0) {
        return;
      }
      now = byId(tip.id()).orElse(null);
    }
  }
}
