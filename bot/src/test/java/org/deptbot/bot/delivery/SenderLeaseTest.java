package org.deptbot.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The sending role as two bots on one database see it, on a clock the test moves: one sends, the
 * other takes over only once the holder's lease has run out, and waits one window before sending.
 */
class SenderLeaseTest {

  private static final Duration LENGTH = Duration.ofSeconds(3);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T17:00:00Z"));
  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final SenderLease first = lease();
  private final SenderLease second = lease();

  @Test
  void oneBotHoldsTheRoleAndTheOtherStandsBy() {
    first.renew();
    second.renew();
    clock.advance(Duration.ofMillis(1050)); // a new holder's quiet window

    assertThat(first.maySend(clock.instant())).isTrue();
    assertThat(second.maySend(clock.instant())).isFalse();
  }

  @Test
  void aNewHolderWaitsOneWindowSoTheLastHoldersSendsHaveLeftIt() {
    first.renew();

    assertThat(first.maySend(clock.instant())).isFalse();
    clock.advance(Duration.ofMillis(1049));
    assertThat(first.maySend(clock.instant())).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(first.maySend(clock.instant())).isTrue();
  }

  @Test
  void theHolderRenewingKeepsTheRoleAndSendsWithoutPause() {
    first.renew();
    clock.advance(first.renewEvery());
    first.renew(); // still within its first quiet window
    for (int i = 0; i < 10; i++) {
      clock.advance(first.renewEvery());
      first.renew();
      second.renew();
      assertThat(first.maySend(clock.instant())).isTrue();
      assertThat(second.maySend(clock.instant())).isFalse();
    }
  }

  @Test
  void aHolderThatStopsRenewingGoesQuietBeforeAnotherMayTakeTheRole() {
    first.renew();
    clock.advance(Duration.ofSeconds(2).minusMillis(1));
    assertThat(first.maySend(clock.instant())).isTrue();

    // the holder died, or cannot reach the database: a third of the lease before its end it stops
    clock.advance(Duration.ofMillis(1));
    assertThat(first.maySend(clock.instant())).isFalse();
    second.renew();
    assertThat(second.maySend(clock.instant().plusSeconds(5))).isFalse();

    // at the lease's end the other takes it, and sends a window later
    clock.advance(Duration.ofSeconds(1));
    second.renew();
    clock.advance(Duration.ofMillis(1050));
    assertThat(second.maySend(clock.instant())).isTrue();
    first.renew();
    assertThat(first.maySend(clock.instant())).isFalse();
  }

  @Test
  void aHolderWhoseRenewalIsLateButBeforeItsLeaseEndsSendsAgainAtOnce() {
    first.renew();
    clock.advance(Duration.ofMillis(2500)); // a busy machine: the renewals due were late
    assertThat(first.maySend(clock.instant())).isFalse();
    second.renew(); // the lease still runs: the other cannot take it

    first.renew();
    // nobody else could have sent meanwhile: no quiet window, and the role was not handed over
    assertThat(first.maySend(clock.instant())).isTrue();
    assertThat(second.maySend(clock.instant().plusSeconds(2))).isFalse();
  }

  @Test
  void aStoppingHolderHandsTheRoleOverAtOnce() {
    first.renew();
    clock.advance(Duration.ofMillis(1050));
    first.release();

    assertThat(first.maySend(clock.instant())).isFalse();
    second.renew();
    clock.advance(Duration.ofMillis(1050));
    assertThat(second.maySend(clock.instant())).isTrue();
  }

  @Test
  void aPlatformWithoutLimitsNeedsNoRole() {
    var training =
        new SenderLeases(mongo, clock, LENGTH).lease(ChatPlatform.TRAINING, SendLimits.none());

    assertThat(training.shared()).isFalse();
    assertThat(training.maySend(clock.instant())).isTrue();
  }

  private SenderLease lease() {
    return new SenderLeases(mongo, clock, LENGTH)
        .lease(ChatPlatform.TELEGRAM, SendLimits.telegram());
  }
}
