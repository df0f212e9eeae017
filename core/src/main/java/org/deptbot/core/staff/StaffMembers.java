package org.deptbot.core.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** The staff roster in MongoDB (collection {@code staff}). */
public class StaffMembers {

  private final MongoOperations mongo;

  public StaffMembers(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Optional<StaffMember> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, StaffMember.class));
  }

  /** Everyone on the roster, ordered by id. */
  public List<StaffMember> all() {
    return mongo.find(new Query().with(Sort.by("_id")), StaffMember.class);
  }

  /** Inserts or replaces the member (a single-document write). */
  public StaffMember save(StaffMember member) {
    return mongo.save(member);
  }

  /** The current reporting lines. */
  public ChainOfCommand chainOfCommand() {
    return new ChainOfCommand(all());
  }
}
