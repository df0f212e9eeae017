package org.deptbot.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.testing.StaffFixtures.member;

import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.staff.UnknownStaffMember;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class EnrollmentIT {

  private static final ChatIdentity ALICE_TG = new ChatIdentity(ChatPlatform.TELEGRAM, "1001");
  private static final ChatIdentity MALLORY_TG = new ChatIdentity(ChatPlatform.TELEGRAM, "6666");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T16:00:00Z"));
  private MongoTemplate mongo;
  private StaffMembers staff;
  private ChatLinks links;
  private Enrollment enrollment;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    staff = new StaffMembers(mongo);
    links = new ChatLinks(mongo);
    enrollment = new Enrollment(mongo, staff, links, EnrollmentProperties.defaults(), clock);
    staff.save(member("s-101", Role.EMPLOYEE));
    staff.save(member("s-001", Role.ADMIN));
  }

  @Test
  void aFreshCodeLinksTheChatAccountToTheMember() {
    // GIVEN an admin issued a code for s-101
    IssuedCode issued = enrollment.issue("s-101", "s-001");

    // WHEN the member sends it, typed in lower case
    EnrollmentResult result = enrollment.redeem(ALICE_TG, issued.code().toLowerCase());

    // THEN the account is linked to s-101 and only the hash of the code was stored
    assertThat(result).isInstanceOf(EnrollmentResult.Linked.class);
    assertThat(((EnrollmentResult.Linked) result).member().id()).isEqualTo("s-101");
    assertThat(links.of(ALICE_TG))
        .hasValueSatisfying(l -> assertThat(l.staffId()).isEqualTo("s-101"));
    assertThat(mongo.findAll(EnrollmentCode.class))
        .singleElement()
        .satisfies(c -> assertThat(c.id()).doesNotContain(issued.code().replace("-", "")));
  }

  @Test
  void anExpiredCodeIsRefusedAndLinksNothing() {
    IssuedCode issued = enrollment.issue("s-101", "s-001");
    clock.advance(EnrollmentProperties.defaults().codeValidity().plusSeconds(1));

    assertThat(enrollment.redeem(ALICE_TG, issued.code()))
        .isInstanceOf(EnrollmentResult.Expired.class);
    assertThat(links.of(ALICE_TG)).isEmpty();
  }

  @Test
  void aCodeWorksOnlyOnce() {
    IssuedCode issued = enrollment.issue("s-101", "s-001");
    enrollment.redeem(ALICE_TG, issued.code());

    // WHEN someone else tries the same code
    EnrollmentResult second = enrollment.redeem(MALLORY_TG, issued.code());

    // THEN it is refused and Mallory stays a member of the public
    assertThat(second).isInstanceOf(EnrollmentResult.AlreadyUsed.class);
    assertThat(links.of(MALLORY_TG)).isEmpty();
  }

  @Test
  void wrongCodesLockTheAccountOutAfterTheLimitEvenForTheRightCode() {
    IssuedCode issued = enrollment.issue("s-101", "s-001");
    int limit = EnrollmentProperties.defaults().maxFailures();

    // WHEN Mallory guesses wrong up to the limit
    for (int i = 1; i < limit; i++) {
      assertThat(enrollment.redeem(MALLORY_TG, "AAAAA-AAAA" + i))
          .isEqualTo(new EnrollmentResult.NotRecognized(limit - i));
    }
    EnrollmentResult last = enrollment.redeem(MALLORY_TG, "not even a code");

    // THEN the account is locked out, and even the right code is not tried
    assertThat(last).isInstanceOf(EnrollmentResult.LockedOut.class);
    assertThat(enrollment.redeem(MALLORY_TG, issued.code()))
        .isInstanceOf(EnrollmentResult.LockedOut.class);
    assertThat(links.of(MALLORY_TG)).isEmpty();

    // AND after the lock-out the count starts again
    clock.advance(EnrollmentProperties.defaults().lockout().plusSeconds(1));
    assertThat(enrollment.redeem(MALLORY_TG, "AAAAA-AAAAA"))
        .isEqualTo(new EnrollmentResult.NotRecognized(limit - 1));
  }

  @Test
  void failuresOutsideTheWindowDoNotAddUp() {
    int limit = EnrollmentProperties.defaults().maxFailures();
    for (int i = 1; i < limit; i++) {
      enrollment.redeem(MALLORY_TG, "AAAAA-AAAA" + i);
    }
    clock.advance(EnrollmentProperties.defaults().failureWindow().plus(Duration.ofMinutes(1)));

    assertThat(enrollment.redeem(MALLORY_TG, "AAAAA-AAAAA"))
        .isEqualTo(new EnrollmentResult.NotRecognized(limit - 1));
  }

  @Test
  void aCrashBetweenConsumingTheCodeAndLinkingIsFinishedByTheSameAccount() {
    // GIVEN the code was consumed by Alice but the process died before the link was written
    IssuedCode issued = enrollment.issue("s-101", "s-001");
    mongo.updateFirst(
        new Query(),
        new Update().set("redeemedAt", clock.instant()).set("redeemedBy", ALICE_TG.key()),
        EnrollmentCode.class);

    // WHEN Alice sends the code again, THEN the link is completed
    assertThat(enrollment.redeem(ALICE_TG, issued.code()))
        .isInstanceOf(EnrollmentResult.Linked.class);
    assertThat(links.of(ALICE_TG)).isPresent();
    // AND anyone else is still refused
    assertThat(enrollment.redeem(MALLORY_TG, issued.code()))
        .isInstanceOf(EnrollmentResult.AlreadyUsed.class);
  }

  @Test
  void aLinkedAccountIsToldSoAndDoesNotBurnAnotherCode() {
    enrollment.redeem(ALICE_TG, enrollment.issue("s-101", "s-001").code());
    IssuedCode another = enrollment.issue("s-001", "s-001");

    assertThat(enrollment.redeem(ALICE_TG, another.code()))
        .isInstanceOf(EnrollmentResult.AlreadyLinked.class);
    assertThat(enrollment.redeem(MALLORY_TG, another.code()))
        .isInstanceOf(EnrollmentResult.Linked.class);
  }

  @Test
  void revokedCodesAndInactiveMembersAreRefused() {
    IssuedCode revoked = enrollment.issue("s-101", "s-001");
    assertThat(enrollment.revokeOpenCodes("s-101")).isEqualTo(1);
    assertThat(enrollment.redeem(ALICE_TG, revoked.code()))
        .isInstanceOf(EnrollmentResult.AlreadyUsed.class);

    IssuedCode forLeaver = enrollment.issue("s-101", "s-001");
    staff.save(staff.byId("s-101").orElseThrow().deactivated());
    assertThat(enrollment.redeem(ALICE_TG, forLeaver.code()))
        .isInstanceOf(EnrollmentResult.MemberInactive.class);
    assertThat(links.of(ALICE_TG)).isEmpty();
  }

  @Test
  void noCodeIsIssuedForSomeoneNotOnTheRoster() {
    assertThatThrownBy(() -> enrollment.issue("s-404", "s-001"))
        .isInstanceOf(UnknownStaffMember.class)
        .hasMessageContaining("s-404");
  }
}
