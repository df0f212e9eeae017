package org.deptbot.core.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Map;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Follows a chat that the platform moved to a new id (on Telegram: a group upgraded to a
 * supergroup). Each channel at the old id gets the new one, in a conditional write audited with the
 * system as actor, and every delivery to the old id is pointed at the new one. Running it again
 * finds nothing left at the old id, so it is safe to call for every answer or update that reports
 * the move.
 */
public class ChatMigrations {

  private final MongoOperations mongo;
  private final AuditLog audit;

  public ChatMigrations(MongoOperations mongo, AuditLog audit) {
    this.mongo = mongo;
    this.audit = audit;
  }

  /** Moves channels and deliveries from chat {@code from} to {@code to}; returns channels moved. */
  public int migrate(ChatPlatform platform, String from, String to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Channel channel :
        mongo.find(query(where("platform").is(platform).and("chatId").is(from)), Channel.class)) {
      boolean changed =
          mongo
                  .updateFirst(
                      query(where("_id").is(channel.id()).and("chatId").is(from)),
                      new Update().set("chatId", to),
                      Channel.class)
                  .getModifiedCount()
              == 1;
      if (changed) {
        moved++;
        audit.append(
            AuditRecord.of(
                AuditRecord.SYSTEM,
                AuditChannel.of(platform),
                "channel.chat_moved",
                "channel:" + channel.id(),
                Map.of("from", from, "to", to, "reason", "migration")));
      }
    }
    mongo.updateMulti(
        query(where("platform").is(platform).and("chatId").is(from)),
        new Update().set("chatId", to),
        Delivery.class);
    return moved;
  }
}
