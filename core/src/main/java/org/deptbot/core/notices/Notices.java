package org.deptbot.core.notices;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Notices in MongoDB (collection {@code notices}). A change is stored only if nobody added a
 * revision since it was worked out, so two dispatchers cannot overwrite each other's update.
 */
public class Notices {

  private final MongoOperations mongo;
  private final Clock clock;

  public Notices(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** The next notice number of the year, such as {@code N-2026-000042}; never handed out twice. */
  public String nextNumber() {
    int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
    Document counter =
        mongo.findAndModify(
            query(where("_id").is("notice-" + year)),
            new Update().inc("value", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            "counters");
    return "N-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
  }

  public Notice add(Notice notice) {
    return mongo.insert(notice);
  }

  public Optional<Notice> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Notice.class));
  }

  /**
   * Stores the revision {@code changed} adds to {@code expected}, unless another revision was
   * stored since. Only the new revision and the status are written, so marks on earlier revisions
   * stay.
   */
  public boolean replace(Notice expected, Notice changed) {
    if (changed.revisions().size() != expected.revisions().size() + 1) {
      throw new IllegalArgumentException("a change adds exactly one revision");
    }
    var unchanged =
        query(where("_id").is(expected.id()).and("revisions").size(expected.revisions().size()));
    var update =
        new Update()
            .set("status", changed.status())
            .set("expiresAt", changed.expiresAt())
            .push("revisions", mongo.getConverter().convertToMongoType(changed.latest()));
    return mongo.updateFirst(unchanged, update, Notice.class).getModifiedCount() == 1;
  }

  /**
   * Notices with a revision whose deliveries are not queued yet, oldest first. A scheduled notice
   * is not among them until a release round has issued it.
   */
  public List<Notice> unplanned() {
    return mongo.find(
        query(where("revisions.planned").is(false).and("status").ne(NoticeStatus.SCHEDULED))
            .with(Sort.by(Sort.Direction.ASC, "_id")),
        Notice.class);
  }

  /** Scheduled notices, the next to go out first. */
  public List<Notice> scheduled() {
    return mongo.find(
        query(where("status").is(NoticeStatus.SCHEDULED))
            .with(Sort.by(Sort.Direction.ASC, "scheduledFor")),
        Notice.class);
  }

  /** Scheduled notices whose time has come. */
  public List<Notice> dueForRelease(Instant now) {
    return mongo.find(
        query(where("status").is(NoticeStatus.SCHEDULED).and("scheduledFor").lte(now))
            .with(Sort.by(Sort.Direction.ASC, "scheduledFor")),
        Notice.class);
  }

  /**
   * Issues a scheduled notice whose time has come, in one conditional write: true for the one round
   * (of however many, in however many processes) that did it, false for every other. Its first
   * revision then carries the moment it went out, and the planner queues its deliveries.
   */
  public boolean release(String noticeId, Instant now) {
    var due =
        query(
            where("_id")
                .is(noticeId)
                .and("status")
                .is(NoticeStatus.SCHEDULED)
                .and("scheduledFor")
                .lte(now));
    var update = new Update().set("status", NoticeStatus.ISSUED).set("revisions.0.at", now);
    return mongo.updateFirst(due, update, Notice.class).getModifiedCount() == 1;
  }

  /**
   * Replaces a scheduled notice with {@code changed} (new wording, channels, mode or time), unless
   * it went out or was changed since {@code expected} was read. Nothing was posted, so there is no
   * revision to add: the notice goes out as changed.
   */
  public boolean reschedule(Notice expected, Notice changed) {
    if (!expected.scheduled() || !changed.scheduled() || changed.revisions().size() != 1) {
      throw new IllegalArgumentException("only a scheduled notice is rescheduled, as one revision");
    }
    var unchanged =
        query(
            where("_id")
                .is(expected.id())
                .and("status")
                .is(NoticeStatus.SCHEDULED)
                .and("revisions")
                .size(1)
                .and("revisions.0.at")
                .is(expected.latest().at()));
    var update =
        new Update()
            .set("scheduledFor", changed.scheduledFor())
            .set("expiresAt", changed.expiresAt())
            .set("targets", changed.targets())
            .set("mode", changed.mode())
            .set("revisions", List.of(mongo.getConverter().convertToMongoType(changed.latest())));
    return mongo.updateFirst(unchanged, update, Notice.class).getModifiedCount() == 1;
  }

  /**
   * Cancels a scheduled notice before it goes out, unless a release round issued it (or someone
   * changed it) meanwhile. Nothing was posted, so nothing is planned: both revisions are marked
   * planned in the same write.
   */
  public boolean cancelScheduled(Notice expected, Notice cancelled) {
    if (!expected.scheduled() || cancelled.status() != NoticeStatus.CANCELLED) {
      throw new IllegalArgumentException("only a scheduled notice is cancelled this way");
    }
    NoticeRevision last = cancelled.latest();
    NoticeRevision done =
        new NoticeRevision(
            last.number(),
            last.kind(),
            last.at(),
            last.byStaffId(),
            last.values(),
            last.title(),
            last.body(),
            last.note(),
            true);
    var unchanged =
        query(
            where("_id")
                .is(expected.id())
                .and("status")
                .is(NoticeStatus.SCHEDULED)
                .and("revisions")
                .size(1)
                .and("revisions.0.at")
                .is(expected.latest().at()));
    NoticeRevision first = expected.latest();
    NoticeRevision firstDone =
        new NoticeRevision(
            first.number(),
            first.kind(),
            first.at(),
            first.byStaffId(),
            first.values(),
            first.title(),
            first.body(),
            first.note(),
            true);
    // one array written whole: MongoDB refuses to set an element and push to the same array at once
    var update =
        new Update()
            .set("status", NoticeStatus.CANCELLED)
            .set(
                "revisions",
                List.of(
                    mongo.getConverter().convertToMongoType(firstDone),
                    mongo.getConverter().convertToMongoType(done)));
    return mongo.updateFirst(unchanged, update, Notice.class).getModifiedCount() == 1;
  }

  /**
   * Notes the first review of an emergency issue, unless someone reviewed it first: true for the
   * one reviewer whose review counts.
   */
  public boolean emergencyReviewed(String noticeId, String by, Instant at, String templateId) {
    var unreviewed =
        query(
            where("_id")
                .is(noticeId)
                .and("emergency")
                .ne(null)
                .and("emergency.reviewedAt")
                .is(null));
    var update = new Update().set("emergency.reviewedBy", by).set("emergency.reviewedAt", at);
    if (templateId != null) {
      update.set("emergency.templateId", templateId);
    }
    return mongo.updateFirst(unreviewed, update, Notice.class).getModifiedCount() == 1;
  }

  /**
   * Moves an unreviewed emergency issue's escalation from level {@code from} to {@code from + 1}:
   * true for the one round (of however many) that did, which then asks that level.
   */
  public boolean emergencyEscalated(String noticeId, int from) {
    var atLevel =
        query(
            where("_id")
                .is(noticeId)
                .and("emergency.reviewedAt")
                .is(null)
                .and("emergency.escalations")
                .is(from));
    return mongo
            .updateFirst(atLevel, new Update().set("emergency.escalations", from + 1), Notice.class)
            .getModifiedCount()
        == 1;
  }

  /** A template draft was made from an emergency issue reviewed before. */
  public void emergencyTemplated(String noticeId, String templateId) {
    mongo.updateFirst(
        query(where("_id").is(noticeId).and("emergency").ne(null)),
        new Update().set("emergency.templateId", templateId),
        Notice.class);
  }

  /** The approvers' review cards of an emergency issue went out. */
  public void emergencyCardsSent(String noticeId) {
    mongo.updateFirst(
        query(where("_id").is(noticeId)),
        new Update().set("emergency.cardsOwed", false),
        Notice.class);
  }

  /** Emergency issues nobody has reviewed yet, oldest first. */
  public List<Notice> emergenciesUnreviewed() {
    return mongo.find(
        query(where("emergency").ne(null).and("emergency.reviewedAt").is(null))
            .with(Sort.by(Sort.Direction.ASC, "_id")),
        Notice.class);
  }

  /** Emergency issues whose approvers' review cards are still to be sent. */
  public List<Notice> emergenciesOwingCards() {
    return mongo.find(query(where("emergency.cardsOwed").is(true)), Notice.class);
  }

  /** Marks the deliveries of revision {@code number} queued. */
  public void planned(String noticeId, int number) {
    mongo.updateFirst(
        query(where("_id").is(noticeId)),
        new Update().set("revisions." + (number - 1) + ".planned", true),
        Notice.class);
  }

  /** Active notices, newest first. */
  public List<Notice> active() {
    return mongo.find(
        query(where("status").in(NoticeStatus.ISSUED, NoticeStatus.UPDATED))
            .with(Sort.by(Sort.Direction.DESC, "_id")),
        Notice.class);
  }

  /** Active notices whose expiry has passed. */
  public List<Notice> dueToExpire(Instant now) {
    return mongo.find(
        query(
            where("status")
                .in(NoticeStatus.ISSUED, NoticeStatus.UPDATED)
                .and("expiresAt")
                .lte(now)),
        Notice.class);
  }

  /** One page of every notice ever issued, newest first: the history. */
  public List<Notice> page(int page, int size) {
    return mongo.find(
        new Query().with(Sort.by(Sort.Direction.DESC, "_id")).skip((long) page * size).limit(size),
        Notice.class);
  }

  public long count() {
    return mongo.count(new Query(), Notice.class);
  }
}
