package org.deptbot.bot.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The platforms' send windows kept in the database (collection {@code send_windows}), so that every
 * bot process on it counts each of its calls against the one budget the platform keeps per bot
 * token: the overall window of each platform, and the window of each chat a call goes to. A window
 * is one document: {@code _id} the platform ({@code telegram}) or the platform and chat ({@code
 * telegram:chat:-100123}), {@code times} the latest calls it let through (at most its limit, oldest
 * first), {@code expires} when the newest leaves the window, and on an overall window {@code
 * replyWaitingUntil}: a reply was told to wait, and deliveries hold back until then.
 *
 * <p>A private chat is a person, and a window written when the bot answered them would tie their
 * chat to the moment an anonymous report or tip was received, for anyone who reads the database's
 * history (a replica set's oplog, a backup taken that second). So a private chat's window is named
 * by a keyed tag of the chat under the department's seal key that changes every {@link #EPOCH}
 * ({@code telegram:person:<tag>}): without the key nobody can tell whose chat it was, and with a
 * new tag every few seconds, two windows of one person cannot be told to be the same person's.
 * During the first moments of a period the window of the period before is looked at too, so a
 * person still gets no two messages closer than the limit. Groups and channels are the department's
 * and keep their chat id.
 *
 * <p>Taking room is one conditional write: push the time (keeping the last {@code limit}) if the
 * window holds fewer than {@code limit} calls or its oldest has left it. When it is full the write
 * matches nothing, and the insert it would upsert collides with the window's {@code _id}. So two
 * bots that take room at once both see the other's call, whichever process makes it. A chat's
 * window holds no more than when the bot last sent there, and is deleted once it has run out
 * ({@link #forgetIdle}, every few seconds), so nothing of who talked to the bot stays.
 */
public final class SharedSendWindows {

  static final String COLLECTION = "send_windows";

  /** How long a private chat's window keeps one name ({@link #personKey}). */
  static final Duration EPOCH = Duration.ofSeconds(10);

  private final MongoOperations mongo;
  private final Clock clock;
  private final ReporterSeal seal;

  /** Room this thread took and has not yet said is used ({@link #sent}). */
  private final ThreadLocal<List<Taken>> taken = ThreadLocal.withInitial(ArrayList::new);

  private record Taken(String key, Date at, Duration window) {}

  /**
   * @param seal the department's key, whose tags name private chats' windows; every bot on the
   *     database has the same one
   */
  public SharedSendWindows(MongoOperations mongo, Clock clock, ReporterSeal seal) {
    this.mongo = mongo;
    this.clock = clock;
    this.seal = seal;
  }

  /** Lets the database delete run-out windows by itself too (where it runs TTL indexes). */
  public void createIndexes() {
    mongo
        .indexOps(COLLECTION)
        .ensureIndex(new Index().on("expires", Sort.Direction.ASC).expire(Duration.ZERO));
  }

  /**
   * Room for one call in the platform's overall window now: zero means it is taken; otherwise how
   * long to wait before asking again. A reply may take it whenever the window has room, and when it
   * must wait, deliveries hold back until it has had its turn; a delivery takes room only when no
   * reply is waiting.
   */
  Duration takeOverall(ChatPlatform platform, SendLimits limits, boolean reply) {
    if (limits.overall() == 0) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    String key = key(platform);
    Duration wait = take(key, limits.overall(), limits.overallWindow(), !reply, now);
    if (reply && !wait.isZero()) {
      Instant turn = now.plus(wait).plus(limits.overallWindow().dividedBy(limits.overall()));
      mongo.updateFirst(
          query(
              where("_id")
                  .is(key)
                  .orOperator(
                      where("replyWaitingUntil").exists(false),
                      where("replyWaitingUntil").lt(turn))),
          new Update().set("replyWaitingUntil", turn),
          COLLECTION);
    }
    return wait;
  }

  /**
   * Room for one request of any kind in the platform's overall window now (Discord counts every
   * request against its global limit, not only messages): zero means it is taken; otherwise how
   * long to wait. Neither waits for a reply nor makes deliveries wait.
   */
  Duration takeRequest(ChatPlatform platform, SendLimits limits) {
    if (limits.overall() == 0) {
      return Duration.ZERO;
    }
    return take(key(platform), limits.overall(), limits.overallWindow(), false, clock.instant());
  }

  /**
   * Room for one call into {@code chatId} now, by its kind's limit (a group's or channel's, or a
   * private chat's): zero means it is taken; otherwise how long until there is room.
   */
  Duration takeChat(ChatPlatform platform, SendLimits limits, String chatId, boolean group) {
    int limit = group ? limits.perGroup() : limits.perPrivateChat();
    if (limit == 0) {
      return Duration.ZERO;
    }
    Duration window = group ? limits.groupWindow() : limits.privateChatWindow();
    Instant now = clock.instant();
    if (!group) {
      Duration before = untilPrevious(platform, chatId, limit, window, now);
      if (!before.isZero()) {
        return before;
      }
    }
    return take(chatKey(platform, chatId, group, now), limit, window, false, now);
  }

  /**
   * How long until {@code chatId}'s window has room, as it stands now, without taking any: zero
   * when it has. A sender looks first, takes room in the overall window, then takes the chat's
   * ({@link #takeChat}) right before its call, so the time a chat's window records is when the call
   * went, not when it started waiting for the overall limit.
   */
  Duration untilChat(ChatPlatform platform, SendLimits limits, String chatId, boolean group) {
    int limit = group ? limits.perGroup() : limits.perPrivateChat();
    if (limit == 0) {
      return Duration.ZERO;
    }
    Duration window = group ? limits.groupWindow() : limits.privateChatWindow();
    Instant now = clock.instant();
    Document doc =
        mongo.findById(chatKey(platform, chatId, group, now), Document.class, COLLECTION);
    Duration wait = doc == null ? Duration.ZERO : untilRoom(doc, limit, window, false, now);
    return group ? wait : longer(wait, untilPrevious(platform, chatId, limit, window, now));
  }

  /**
   * A group's window by its chat id; a private chat's by {@link #personKey}, the name of the
   * current period.
   */
  private String chatKey(ChatPlatform platform, String chatId, boolean group, Instant now) {
    return group ? key(platform) + ":chat:" + chatId : personKey(platform, chatId, period(now));
  }

  /** The {@link #EPOCH} {@code at} falls in, counted from 1970. */
  private static long period(Instant at) {
    return Math.floorDiv(at.toEpochMilli(), EPOCH.toMillis());
  }

  /** A private chat's window in one period: a tag nobody without the key can tie to the chat. */
  private String personKey(ChatPlatform platform, String chatId, long period) {
    return key(platform)
        + ":person:"
        + seal.tag("send-window|" + key(platform) + "|" + chatId + "|" + period);
  }

  /**
   * Within a window's length after a new period began, how long until the private chat's window of
   * the period before has room (zero after that, or when it has): its calls still count.
   */
  private Duration untilPrevious(
      ChatPlatform platform, String chatId, int limit, Duration window, Instant now) {
    long period = period(now);
    Instant began = Instant.ofEpochMilli(period * EPOCH.toMillis());
    if (!now.isBefore(began.plus(window))) {
      return Duration.ZERO;
    }
    Document doc =
        mongo.findById(personKey(platform, chatId, period - 1), Document.class, COLLECTION);
    return doc == null ? Duration.ZERO : untilRoom(doc, limit, window, false, now);
  }

  /**
   * The calls this thread took room for have been made (or given up): their times in the windows
   * become now, when each call was sure to have reached the platform. The platform counts a call
   * when it arrives, which a busy machine or network can delay by more than the margin kept in the
   * windows; a call's time is then the later of the two, and the next one waits for that.
   */
  void sent() {
    List<Taken> mine = taken.get();
    if (mine.isEmpty()) {
      return;
    }
    Instant done = clock.instant();
    for (Taken room : mine) {
      mongo.updateFirst(
          query(where("_id").is(room.key()).and("times").is(room.at())),
          new Update()
              .set("times.$", Date.from(done))
              .max("expires", Date.from(done.plus(room.window()))),
          COLLECTION);
    }
    mine.clear();
  }

  /** Deletes the windows whose calls have all left them. */
  void forgetIdle() {
    mongo.remove(query(where("expires").lt(clock.instant())), COLLECTION);
  }

  private Duration take(String key, int limit, Duration window, boolean yields, Instant now) {
    Instant cutoff = now.minus(window);
    Criteria room =
        new Criteria()
            .orOperator(
                where(String.join(".", "times", String.valueOf(limit - 1))).exists(false),
                where("times.0").lte(cutoff));
    Criteria free =
        yields
            ? new Criteria()
                .orOperator(
                    where("replyWaitingUntil").exists(false), where("replyWaitingUntil").lte(now))
            : null;
    Criteria match =
        free == null
            ? where("_id").is(key).andOperator(room)
            : where("_id").is(key).andOperator(room, free);
    Date at = Date.from(now);
    Update push = new Update().set("expires", now.plus(window));
    push.push("times").slice(-limit).each(at);
    try {
      mongo.upsert(query(match), push, COLLECTION);
      List<Taken> mine = taken.get();
      if (mine.size() < 100) { // a thread that never says sent() keeps no more than this
        mine.add(new Taken(key, at, window));
      }
      return Duration.ZERO;
    } catch (DuplicateKeyException full) {
      return until(key, limit, window, yields, now);
    }
  }

  /** How long until the window {@code key} has room, as it stands now; at least a millisecond. */
  private Duration until(String key, int limit, Duration window, boolean yields, Instant now) {
    Document doc = mongo.findById(key, Document.class, COLLECTION);
    Duration wait = doc == null ? Duration.ZERO : untilRoom(doc, limit, window, yields, now);
    return wait.isZero() ? Duration.ofMillis(1) : wait; // room came meanwhile: ask again
  }

  private static Duration untilRoom(
      Document doc, int limit, Duration window, boolean yields, Instant now) {
    Duration wait = Duration.ZERO;
    List<?> times = doc.get("times", List.class);
    if (times != null && times.size() >= limit && times.get(0) instanceof Date oldest) {
      wait = longer(wait, Duration.between(now, oldest.toInstant().plus(window)));
    }
    if (yields && doc.get("replyWaitingUntil") instanceof Date turn) {
      wait = longer(wait, Duration.between(now, turn.toInstant()));
    }
    return wait;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String key(ChatPlatform platform) {
    return platform.name().toLowerCase();
  }
}
