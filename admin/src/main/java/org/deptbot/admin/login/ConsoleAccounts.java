package org.deptbot.admin.login;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Console sign-ins; every change is one atomic write on the account's id. */
@Component
public class ConsoleAccounts {

  private final MongoOperations mongo;

  public ConsoleAccounts(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Optional<ConsoleAccount> byId(String staffId) {
    return Optional.ofNullable(mongo.findById(staffId, ConsoleAccount.class));
  }

  public List<ConsoleAccount> all() {
    return mongo.findAll(ConsoleAccount.class);
  }

  /** Sets a password, unlocking the account. */
  public void setPassword(String staffId, String passwordHash, boolean mustChange) {
    mongo.upsert(
        byStaffId(staffId),
        new Update()
            .set("passwordHash", passwordHash)
            .set("failedLogins", 0)
            .unset("lockedUntil")
            .set("mustChangePassword", mustChange),
        ConsoleAccount.class);
  }

  /** Creates the account unless one exists; false if it did. */
  public boolean create(ConsoleAccount account) {
    try {
      mongo.insert(account);
      return true;
    } catch (org.springframework.dao.DuplicateKeyException exists) {
      return false;
    }
  }

  /**
   * Counts a failed sign-in; the {@code limit}-th in a row locks the account for {@code lockFor}.
   *
   * @return whether this failure locked the account
   */
  public boolean failed(String staffId, int limit, Duration lockFor, Instant now) {
    ConsoleAccount counted =
        mongo.findAndModify(
            byStaffId(staffId),
            new Update().inc("failedLogins", 1),
            FindAndModifyOptions.options().returnNew(true),
            ConsoleAccount.class);
    if (counted == null || counted.failedLogins() < limit) {
      return false;
    }
    mongo.updateFirst(
        byStaffId(staffId),
        new Update().set("failedLogins", 0).set("lockedUntil", now.plus(lockFor)),
        ConsoleAccount.class);
    return true;
  }

  public void succeeded(String staffId) {
    mongo.updateFirst(
        Query.query(where("_id").is(staffId).and("failedLogins").gt(0)),
        new Update().set("failedLogins", 0),
        ConsoleAccount.class);
  }

  public void unlock(String staffId) {
    mongo.updateFirst(
        byStaffId(staffId),
        new Update().set("failedLogins", 0).unset("lockedUntil"),
        ConsoleAccount.class);
  }

  public void remove(String staffId) {
    mongo.remove(byStaffId(staffId), ConsoleAccount.class);
  }

  private static Query byStaffId(String staffId) {
    return Query.query(where("_id").is(staffId));
  }
}
