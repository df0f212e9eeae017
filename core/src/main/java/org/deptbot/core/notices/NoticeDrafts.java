package org.deptbot.core.notices;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Notice numbers reserved under a draft's id (collection {@code notice_drafts}), for the chat and
 * the console alike: confirming the same draft twice, at once or after a crash, gets the same
 * number, so it can only ever be stored as one notice.
 */
public class NoticeDrafts {

  private static final String COLLECTION = "notice_drafts";
  private final MongoOperations mongo;
  private final Notices notices;
  private final Clock clock;

  public NoticeDrafts(MongoOperations mongo, Notices notices, Clock clock) {
    this.mongo = mongo;
    this.notices = notices;
    this.clock = clock;
  }

  /** The number reserved for this draft, if one was. */
  public Optional<String> reserved(String draftId) {
    return Optional.ofNullable(mongo.findById(draftId, Document.class, COLLECTION))
        .map(found -> found.getString("noticeId"));
  }

  /** The draft's number: the one reserved before, or a new one reserved now. */
  public String reserve(String draftId) {
    Optional<String> before = reserved(draftId);
    if (before.isPresent()) {
      return before.get();
    }
    try {
      Document stored =
          mongo.findAndModify(
              query(where("_id").is(draftId)),
              new Update()
                  .setOnInsert("noticeId", notices.nextNumber())
                  .setOnInsert("at", clock.instant()),
              FindAndModifyOptions.options().upsert(true).returnNew(true),
              Document.class,
              COLLECTION);
      return stored.getString("noticeId");
    } catch (DuplicateKeyException raced) {
      return reserved(draftId).orElseThrow(); // another request reserved it a moment before
    }
  }
}
