package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The acknowledgement deadlines of the provisions that have their own (collection {@code
 * provision_deadlines}: one document per such provision, {@code _id} its name, the reminder and the
 * deadline in seconds). The seed file sets them at every start, so the bot's deadline sweep and
 * case cards and the console's case pages read the same ones, whichever program read the file.
 */
public class ProvisionDeadlines implements Supplier<CaseUrgency> {

  static final String COLLECTION = "provision_deadlines";

  private final MongoOperations mongo;

  public ProvisionDeadlines(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** The deadlines as stored; {@link CaseUrgency#NONE} when none is. */
  @Override
  public CaseUrgency get() {
    Map<PolicyClause, CaseUrgency.AckDeadline> deadlines = new EnumMap<>(PolicyClause.class);
    for (Document d : mongo.findAll(Document.class, COLLECTION)) {
      PolicyClause provision;
      try {
        provision = PolicyClause.valueOf(d.getString("_id"));
      } catch (IllegalArgumentException retired) {
        continue;
      }
      deadlines.put(
          provision,
          new CaseUrgency.AckDeadline(
              Duration.ofSeconds(d.get("remindAfterSeconds", Number.class).longValue()),
              Duration.ofSeconds(d.get("ackWithinSeconds", Number.class).longValue())));
    }
    return new CaseUrgency(deadlines);
  }

  /**
   * Makes {@code urgency} the stored one: each provision's deadline written, those it no longer
   * names removed. Repeating it changes nothing, so a crash part-way is mended by the next start.
   */
  public void set(CaseUrgency urgency) {
    urgency
        .deadlines()
        .forEach(
            (provision, deadline) ->
                mongo.save(
                    new Document("_id", provision.name())
                        .append("remindAfterSeconds", deadline.remindAfter().toSeconds())
                        .append("ackWithinSeconds", deadline.ackWithin().toSeconds()),
                    COLLECTION));
    List<String> kept = urgency.provisions().stream().map(Enum::name).toList();
    mongo.remove(query(where("_id").nin(kept)), COLLECTION);
  }
}
