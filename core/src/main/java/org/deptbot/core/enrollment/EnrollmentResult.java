package org.deptbot.core.enrollment;

import java.time.Instant;
import org.deptbot.core.staff.StaffMember;

/** What came of an {@code /enroll CODE} attempt. Each case is something to tell the user. */
public sealed interface EnrollmentResult {

  /** The account is now linked to {@code member}. */
  record Linked(StaffMember member) implements EnrollmentResult {}

  /** The account was already linked to {@code member}; nothing changed. */
  record AlreadyLinked(StaffMember member) implements EnrollmentResult {}

  /** No such code (or a typo). {@code attemptsLeft} before a lock-out. */
  record NotRecognized(int attemptsLeft) implements EnrollmentResult {}

  /** The code existed but is past its expiry. */
  record Expired() implements EnrollmentResult {}

  /** The code has been used already (or revoked); each code works once. */
  record AlreadyUsed() implements EnrollmentResult {}

  /** The member the code was for is no longer active. */
  record MemberInactive() implements EnrollmentResult {}

  /** Too many wrong codes from this account; try again after {@code until}. */
  record LockedOut(Instant until) implements EnrollmentResult {}
}
