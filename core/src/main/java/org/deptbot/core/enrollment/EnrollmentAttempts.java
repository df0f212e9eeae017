package org.deptbot.core.enrollment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/** Counts wrong codes per chat account (collection {@code enrollment_attempts}). */
class EnrollmentAttempts {

  private final MongoOperations mongo;
  private final EnrollmentProperties limits;

  EnrollmentAttempts(MongoOperations mongo, EnrollmentProperties limits) {
    this.mongo = mongo;
    this.limits = limits;
  }

  /** When the account may try again, if it is locked out now. */
  Optional<Instant> lockedUntil(String identityKey, Instant now) {
    EnrollmentAttempt attempt = mongo.findById(identityKey, EnrollmentAttempt.class);
    if (attempt == null || attempt.lockedUntil() == null || !attempt.lockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(attempt.lockedUntil());
  }

  /**
   * Records one wrong code and returns the attempt state afterwards. Each write is conditional on
   * the state it read, so concurrent failures are all counted.
   */
  EnrollmentAttempt recordFailure(String identityKey, Instant now) {
    while (true) {
      EnrollmentAttempt current = mongo.findById(identityKey, EnrollmentAttempt.class);
      boolean freshWindow =
          current == null
              || current.windowStart().plus(limits.failureWindow()).isBefore(now)
              || (current.lockedUntil() != null && !current.lockedUntil().isAfter(now));
      int failures = freshWindow ? 1 : current.failures() + 1;
      Instant windowStart = freshWindow ? now : current.windowStart();
      Instant lockedUntil = failures >= limits.maxFailures() ? now.plus(limits.lockout()) : null;
      EnrollmentAttempt next =
          new EnrollmentAttempt(identityKey, failures, windowStart, lockedUntil);
      if (current == null ? insert(next) : replaceIfUnchanged(current, next)) {
        return next;
      }
    }
  }

  int attemptsLeft(EnrollmentAttempt attempt) {
    return Math.max(0, limits.maxFailures() - attempt.failures());
  }

  void clear(String identityKey) {
    mongo.remove(query(where("_id").is(identityKey)), EnrollmentAttempt.class);
  }

  private boolean insert(EnrollmentAttempt next) {
    try {
      mongo.insert(next);
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  private boolean replaceIfUnchanged(EnrollmentAttempt current, EnrollmentAttempt next) {
    var unchanged =
        query(
            where("_id")
                .is(current.id())
                .and("failures")
                .is(current.failures())
                .and("windowStart")
                .is(current.windowStart()));
    var update =
        new Update()
            .set("failures", next.failures())
            .set("windowStart", next.windowStart())
            .set("lockedUntil", next.lockedUntil());
    return mongo.findAndModify(
            unchanged,
            update,
            FindAndModifyOptions.options().returnNew(true),
            EnrollmentAttempt.class)
        != null;
  }
}
