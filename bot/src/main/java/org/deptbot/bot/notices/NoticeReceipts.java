package org.deptbot.bot.notices;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Who is waiting to hear how a notice revision went out (collection {@code notice_receipts}). Noted
 * when the revision is stored; reported once, when every channel has it or has failed.
 */
class NoticeReceipts {

  /** One issuer waiting for one revision's channel deliveries. */
  @Document("notice_receipts")
  record Receipt(
      @Id String id,
      String noticeId,
      int revision,
      ChatPlatform platform,
      String chatId,
      boolean reported,
      Instant at) {

    ChatTarget chat() {
      return new ChatTarget(platform, chatId, true);
    }
  }

  private final MongoOperations mongo;
  private final Clock clock;

  NoticeReceipts(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  void expect(String noticeId, int revision, ChatTarget chat) {
    mongo.save(
        new Receipt(
            noticeId + "/" + revision,
            noticeId,
            revision,
            chat.platform(),
            chat.chatId(),
            false,
            clock.instant()));
  }

  List<Receipt> waiting() {
    return mongo.find(
        query(where("reported").is(false)).with(Sort.by("at")).limit(100), Receipt.class);
  }

  /** Nothing will be reported for this revision (a scheduled notice cancelled before its time). */
  void drop(String noticeId, int revision) {
    mongo.updateFirst(
        query(where("_id").is(noticeId + "/" + revision)),
        new Update().set("reported", true),
        Receipt.class);
  }

  /** Takes the receipt for reporting; false if another worker already did. */
  boolean claim(Receipt receipt) {
    return mongo
            .updateFirst(
                query(where("_id").is(receipt.id()).and("reported").is(false)),
                new Update().set("reported", true),
                Receipt.class)
            .getModifiedCount()
        == 1;
  }
}
