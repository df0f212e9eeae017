package org.deptbot.core.enrollment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.staff.UnknownStaffMember;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Links chat accounts to staff members with one-time codes.
 *
 * <p>A code is consumed by one conditional write (unused, unrevoked, unexpired) that also records
 * which account consumed it; the link is written after. If the process dies between the two, the
 * same account sending the same code again finishes the link instead of being told the code was
 * used.
 */
public class Enrollment {

  private final MongoOperations mongo;
  private final StaffMembers staff;
  private final ChatLinks links;
  private final EnrollmentAttempts attempts;
  private final EnrollmentProperties limits;
  private final Clock clock;
  private final CodeFormat format;

  public Enrollment(
      MongoOperations mongo,
      StaffMembers staff,
      ChatLinks links,
      EnrollmentProperties limits,
      Clock clock) {
    this.mongo = mongo;
    this.staff = staff;
    this.links = links;
    this.attempts = new EnrollmentAttempts(mongo, limits);
    this.limits = limits;
    this.clock = clock;
    this.format = new CodeFormat(new SecureRandom());
  }

  /** Issues a new code for an active member. The returned code is shown once and never stored. */
  public IssuedCode issue(String staffId, String issuedBy) {
    StaffMember member = staff.byId(staffId).orElseThrow(() -> new UnknownStaffMember(staffId));
    if (!member.active()) {
      throw new UnknownStaffMember(staffId);
    }
    Instant now = clock.instant();
    Instant expiresAt = now.plus(limits.codeValidity());
    while (true) {
      String code = format.newCode();
      var stored =
          new EnrollmentCode(
              CodeFormat.hash(CodeFormat.normalize(code)),
              staffId,
              issuedBy,
              now,
              expiresAt,
              null,
              null,
              null);
      try {
        mongo.insert(stored);
        return new IssuedCode(code, staffId, expiresAt);
      } catch (DuplicateKeyException collision) {
        // 50 random bits: a collision is rare but possible; draw again.
      }
    }
  }

  /**
   * Revokes every unused code of the member, for example when a code was handed to the wrong
   * person.
   */
  public long revokeOpenCodes(String staffId) {
    var open =
        query(where("staffId").is(staffId).and("redeemedAt").is(null).and("revokedAt").is(null));
    return mongo
        .updateMulti(open, new Update().set("revokedAt", clock.instant()), EnrollmentCode.class)
        .getModifiedCount();
  }

  /** The member's codes that could still be used: not redeemed, not revoked, not expired. */
  public java.util.List<EnrollmentCode> openCodes(String staffId) {
    var open =
        query(
            where("staffId")
                .is(staffId)
                .and("redeemedAt")
                .is(null)
                .and("revokedAt")
                .is(null)
                .and("expiresAt")
                .gt(clock.instant()));
    return mongo.find(open, EnrollmentCode.class);
  }

  /** Links {@code who} to the member whose code this is, if the code is good. */
  public EnrollmentResult redeem(ChatIdentity who, String typedCode) {
    Instant now = clock.instant();
    Optional<Instant> locked = attempts.lockedUntil(who.key(), now);
    if (locked.isPresent()) {
      return new EnrollmentResult.LockedOut(locked.get());
    }
    Optional<StaffMember> linkedMember = links.of(who).flatMap(link -> staff.byId(link.staffId()));
    if (linkedMember.isPresent()) {
      return new EnrollmentResult.AlreadyLinked(linkedMember.get());
    }
    String normalized = CodeFormat.normalize(typedCode);
    EnrollmentCode code =
        normalized == null
            ? null
            : mongo.findById(CodeFormat.hash(normalized), EnrollmentCode.class);
    if (code == null) {
      return failure(who, now);
    }
    if (who.key().equals(code.redeemedBy())) {
      return link(who, code, now);
    }
    if (code.redeemedAt() != null || code.revokedAt() != null) {
      return new EnrollmentResult.AlreadyUsed();
    }
    if (!code.expiresAt().isAfter(now)) {
      return new EnrollmentResult.Expired();
    }
    Optional<StaffMember> member = staff.byId(code.staffId()).filter(StaffMember::active);
    if (member.isEmpty()) {
      return new EnrollmentResult.MemberInactive();
    }
    if (!consume(code, who, now)) {
      return new EnrollmentResult.AlreadyUsed();
    }
    return link(who, code, now);
  }

  private boolean consume(EnrollmentCode code, ChatIdentity who, Instant now) {
    var usable =
        query(
            where("_id")
                .is(code.id())
                .and("redeemedAt")
                .is(null)
                .and("revokedAt")
                .is(null)
                .and("expiresAt")
                .gt(now));
    var update = new Update().set("redeemedAt", now).set("redeemedBy", who.key());
    return mongo.findAndModify(usable, update, FindAndModifyOptions.options(), EnrollmentCode.class)
        != null;
  }

  private EnrollmentResult link(ChatIdentity who, EnrollmentCode code, Instant now) {
    ChatLink inForce =
        links.linkIfFree(ChatLink.of(who, code.staffId(), now, ChatLink.Source.ENROLLMENT));
    attempts.clear(who.key());
    StaffMember member = staff.byId(inForce.staffId()).orElseThrow();
    return inForce.staffId().equals(code.staffId())
        ? new EnrollmentResult.Linked(member)
        : new EnrollmentResult.AlreadyLinked(member);
  }

  private EnrollmentResult failure(ChatIdentity who, Instant now) {
    EnrollmentAttempt attempt = attempts.recordFailure(who.key(), now);
    if (attempt.lockedUntil() != null) {
      return new EnrollmentResult.LockedOut(attempt.lockedUntil());
    }
    return new EnrollmentResult.NotRecognized(attempts.attemptsLeft(attempt));
  }
}
