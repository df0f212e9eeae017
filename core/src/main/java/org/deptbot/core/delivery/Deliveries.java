package org.deptbot.core.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.MongoBulkWriteException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deptbot.core.IndexedStore;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Deliveries in MongoDB (collection {@code deliveries}). Every change is one conditional write on
 * the delivery's id and state, so two workers can never both move the same delivery on.
 */
public class Deliveries implements IndexedStore {

  private static final int DUPLICATE_KEY = 11000;

  /**
   * Every conditional move looks a delivery up by {@code _id} and {@code state}. The embedded
   * server (mongo-java-server) uses an index only for a query on exactly that index's fields, so
   * without this one each claim, send and retry read every delivery ever queued: with a 2,000-chat
   * broadcast the worker spent most of its time scanning and fell short of Telegram's 30/s. On a
   * real mongod it is a small covering index beside {@code _id}'s; unique, since {@code _id} is.
   */
  static final Index BY_ID_AND_STATE =
      new Index()
          .on("_id", Sort.Direction.ASC)
          .on("state", Sort.Direction.ASC)
          .unique()
          .named("id_state");

  private final MongoOperations mongo;

  public Deliveries(MongoOperations mongo) {
    this.mongo = mongo;
  }

  @Override
  public void createIndexes() {
    mongo
        .indexOps(Delivery.class)
        .createIndex(
            new Index()
                .on("state", Sort.Direction.ASC)
                .on("platform", Sort.Direction.ASC)
                .on("priority", Sort.Direction.ASC)
                .on("queuedAt", Sort.Direction.ASC));
    mongo.indexOps(Delivery.class).createIndex(new Index().on("noticeId", Sort.Direction.ASC));
    mongo.indexOps(Delivery.class).createIndex(BY_ID_AND_STATE);
  }

  /** Queues {@code deliveries}; those queued already (same id) are left as they are. */
  public void queue(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    try {
      mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(deliveries).execute();
    } catch (DuplicateKeyException e) {
      // planned before a crash: the ones that exist stay as they are
    } catch (org.springframework.data.mongodb.BulkOperationException e) {
      if (e.getErrors().stream().anyMatch(err -> err.getCode() != DUPLICATE_KEY)) {
        throw e;
      }
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof MongoBulkWriteException bulk)
          || bulk.getWriteErrors().stream().anyMatch(err -> err.getCode() != DUPLICATE_KEY)) {
        throw e;
      }
    }
  }

  /** Queued deliveries of a platform that may go now, most urgent first. */
  public List<Delivery> due(ChatPlatform platform, Instant now, int limit) {
    return mongo.find(
        query(
                where("state")
                    .is(DeliveryState.QUEUED)
                    .and("platform")
                    .is(platform)
                    .and("notBefore")
                    .lte(now))
            .with(Sort.by("priority", "queuedAt", "_id"))
            .limit(limit),
        Delivery.class);
  }

  /** Takes a queued delivery for {@code worker} until the lease ends; false if another took it. */
  public boolean claim(String id, String worker, Instant now, Duration lease) {
    return mongo
            .updateFirst(
                query(where("_id").is(id).and("state").is(DeliveryState.QUEUED)),
                new Update()
                    .set("state", DeliveryState.SENDING)
                    .set("worker", worker)
                    .set("leaseUntil", now.plus(lease))
                    .inc("attempts", 1),
                Delivery.class)
            .getModifiedCount()
        == 1;
  }

  /** Whether a replace could only change the earlier post's text, so its photo is still shown. */
  public enum EarlierPhoto {
    NONE_LEFT,
    STILL_SHOWN
  }

  /** Whether the post is still to be shared with following servers, as its own step. */
  public enum Sharing {
    NOT_OWED,
    OWED
  }

  /** Sent: remembers the platform's message id and the revision the post now shows. */
  public void sent(String id, String messageId, int shownRevision, Instant at) {
    sent(id, messageId, shownRevision, at, EarlierPhoto.NONE_LEFT, Sharing.NOT_OWED);
  }

  /**
   * Sent. {@code earlierPhoto} says whether a replace left the earlier post's photo shown (see
   * {@link Delivery#oldPostLeft()}); {@code sharing} whether the post is still to be shared with
   * following servers ({@link #publishingDue}), in the same write, so a crash cannot lose it.
   */
  public void sent(
      String id,
      String messageId,
      int shownRevision,
      Instant at,
      EarlierPhoto earlierPhoto,
      Sharing sharing) {
    Update update =
        new Update()
            .set("state", DeliveryState.SENT)
            .set("messageId", messageId)
            .set("shownRevision", shownRevision)
            .set("lastError", null)
            .set("oldPostLeft", earlierPhoto == EarlierPhoto.STILL_SHOWN)
            .set("finishedAt", at);
    if (sharing == Sharing.OWED) {
      update.set("publishing", Publishing.owed(at));
    }
    finish(id, update);
  }

  /** Sent deliveries of a platform whose post is owed to following servers now, urgent first. */
  public List<Delivery> publishingDue(ChatPlatform platform, Instant now, int limit) {
    return mongo.find(
        query(
                where("state")
                    .is(DeliveryState.SENT)
                    .and("platform")
                    .is(platform)
                    .and("publishing.state")
                    .is(Publishing.State.WAITING)
                    .and("publishing.notBefore")
                    .lte(now))
            .with(Sort.by("priority", "queuedAt", "_id"))
            .limit(limit),
        Delivery.class);
  }

  /** Takes the publishing step of a sent delivery for a worker; false if another took it. */
  public boolean claimPublishing(String id, Instant now, Duration lease) {
    return mongo
            .updateFirst(
                query(
                    where("_id")
                        .is(id)
                        .and("state")
                        .is(DeliveryState.SENT)
                        .and("publishing.state")
                        .is(Publishing.State.WAITING)),
                new Update()
                    .set("publishing.state", Publishing.State.PUBLISHING)
                    .set("publishing.leaseUntil", now.plus(lease))
                    .inc("publishing.attempts", 1),
                Delivery.class)
            .getModifiedCount()
        == 1;
  }

  /** Shared with following servers: final. */
  public void published(String id) {
    movePublishing(
        id,
        new Update()
            .set("publishing.state", Publishing.State.PUBLISHED)
            .set("publishing.leaseUntil", null)
            .set("publishing.note", null)
            .set("publishing.rateLimited", false));
  }

  /**
   * Publishing waits until {@code notBefore}: {@code rateLimited} when the platform said so (not
   * counted as an attempt), else after an error that may pass.
   */
  public void publishLater(String id, Instant notBefore, String note, boolean rateLimited) {
    Update update =
        new Update()
            .set("publishing.state", Publishing.State.WAITING)
            .set("publishing.notBefore", notBefore)
            .set("publishing.leaseUntil", null)
            .set("publishing.note", note)
            .set("publishing.rateLimited", rateLimited);
    if (rateLimited) {
      update.inc("publishing.attempts", -1);
    }
    movePublishing(id, update);
  }

  /** Publishing cannot work (or was given up on); the post stays in its channel. */
  public void publishFailed(String id, String note) {
    movePublishing(
        id,
        new Update()
            .set("publishing.state", Publishing.State.FAILED)
            .set("publishing.leaseUntil", null)
            .set("publishing.note", note)
            .set("publishing.rateLimited", false));
  }

  private void movePublishing(String id, Update update) {
    mongo.updateFirst(
        query(where("_id").is(id).and("publishing.state").is(Publishing.State.PUBLISHING)),
        update,
        Delivery.class);
  }

  public void failed(String id, String reason, Instant at) {
    failed(id, reason, at, false);
  }

  /** Failed; {@code oldPostLeft}: a replace left the earlier post up, untouched. */
  public void failed(String id, String reason, Instant at, boolean oldPostLeft) {
    finish(
        id,
        new Update()
            .set("state", DeliveryState.FAILED)
            .set("lastError", reason)
            .set("oldPostLeft", oldPostLeft)
            .set("finishedAt", at));
  }

  public void skipped(String id, String reason, Instant at) {
    finish(
        id,
        new Update()
            .set("state", DeliveryState.SKIPPED)
            .set("lastError", reason)
            .set("finishedAt", at));
  }

  /**
   * Back in the queue until {@code notBefore}. A rate-limit wait ({@code countsAsAttempt} false)
   * does not use up one of the delivery's attempts.
   */
  public void retryLater(String id, Instant notBefore, String reason, boolean countsAsAttempt) {
    Update update =
        new Update()
            .set("state", DeliveryState.QUEUED)
            .set("notBefore", notBefore)
            .set("leaseUntil", null)
            .set("worker", null)
            .set("lastError", reason);
    if (!countsAsAttempt) {
      update.inc("attempts", -1);
    }
    mongo.updateFirst(
        query(where("_id").is(id).and("state").is(DeliveryState.SENDING)), update, Delivery.class);
  }

  /** The post on the recipient's side now shows {@code revision} (after an edit or a replace). */
  public void showing(String postId, int revision, String messageId) {
    Update update = new Update().max("shownRevision", revision);
    if (messageId != null) {
      update.set("messageId", messageId);
    }
    mongo.updateFirst(query(where("_id").is(postId)), update, Delivery.class);
  }

  /**
   * Puts deliveries (and publishing steps) whose worker stopped answering back in the queue;
   * returns how many.
   */
  public long reclaimExpired(Instant now) {
    long sends =
        mongo
            .updateMulti(
                query(where("state").is(DeliveryState.SENDING).and("leaseUntil").lt(now)),
                new Update()
                    .set("state", DeliveryState.QUEUED)
                    .set("notBefore", now)
                    .set("leaseUntil", null)
                    .set("worker", null),
                Delivery.class)
            .getModifiedCount();
    long publishings =
        mongo
            .updateMulti(
                query(
                    where("publishing.state")
                        .is(Publishing.State.PUBLISHING)
                        .and("publishing.leaseUntil")
                        .lt(now)),
                new Update()
                    .set("publishing.state", Publishing.State.WAITING)
                    .set("publishing.notBefore", now)
                    .set("publishing.leaseUntil", null),
                Delivery.class)
            .getModifiedCount();
    return sends + publishings;
  }

  public Optional<Delivery> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Delivery.class));
  }

  /** Every delivery of a notice, by revision, channels first. */
  public List<Delivery> ofNotice(String noticeId) {
    return mongo.find(
        query(where("noticeId").is(noticeId)).with(Sort.by("revision", "priority", "_id")),
        Delivery.class);
  }

  /** The deliveries of one revision of a notice. */
  public List<Delivery> ofRevision(String noticeId, int revision) {
    return mongo.find(
        query(where("noticeId").is(noticeId).and("revision").is(revision))
            .with(Sort.by("priority", "_id")),
        Delivery.class);
  }

  public long count(DeliveryState state) {
    return mongo.count(query(where("state").is(state)), Delivery.class);
  }

  private void finish(String id, Update update) {
    mongo.updateFirst(
        new Query(where("_id").is(id).and("state").is(DeliveryState.SENDING)),
        update,
        Delivery.class);
  }
}
