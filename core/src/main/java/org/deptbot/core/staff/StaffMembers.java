package org.deptbot.core.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
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

  /**
   * Replaces {@code current} with {@code next} only if the stored member still matches {@code
   * current}; false if someone changed it in between.
   */
  public boolean replaceIfUnchanged(StaffMember current, StaffMember next) {
    Criteria roles = Criteria.where("roles").size(current.roles().size());
    if (!current.roles().isEmpty()) {
      roles = roles.all(current.roles().stream().map(Enum::name).toList());
    }
    Query unchanged =
        Query.query(
            Criteria.where("_id")
                .is(current.id())
                .and("name")
                .is(current.name())
                .and("supervisorId")
                .is(current.supervisorId())
                .and("active")
                .is(current.active())
                .andOperator(roles));
    return mongo.findAndReplace(unchanged, next) != null;
  }

  /** Adds a member unless the id is taken; false if it was. */
  public boolean insert(StaffMember member) {
    try {
      mongo.insert(member);
      return true;
    } catch (org.springframework.dao.DuplicateKeyException taken) {
      return false;
    }
  }

  /** The current reporting lines. */
  public ChainOfCommand chainOfCommand() {
    return new ChainOfCommand(all());
  }
}
