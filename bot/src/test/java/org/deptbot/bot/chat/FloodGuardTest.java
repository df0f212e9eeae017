package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.deptbot.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T16:00:00Z"));
  private final FloodGuard guard = new FloodGuard(3, Duration.ofSeconds(2), clock);

  @Test
  void warnsOnceWhenABurstIsExceededThenDropsQuietly() {
    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.ALLOW);
    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.ALLOW);
    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.ALLOW);
    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.WARN);
    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.DROP);
  }

  @Test
  void refillsOverTimeAndKeepsUsersApart() {
    for (int i = 0; i < 4; i++) {
      guard.check("u");
    }
    assertThat(guard.check("someone else")).isEqualTo(FloodGuard.Verdict.ALLOW);

    clock.advance(Duration.ofSeconds(2));

    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.ALLOW);
    assertThat(guard.check("u")).isEqualTo(FloodGuard.Verdict.WARN);
  }

  @Test
  void forgetsIdleUsersButKeepsCountingAnActiveOne() {
    // GIVEN more than ten thousand people who wrote once, a minute ago
    for (int i = 0; i < 10_001; i++) {
      guard.check("passer-by-" + i);
    }
    clock.advance(Duration.ofMinutes(1));

    // WHEN someone floods now (each check also forgets idle buckets)
    for (int i = 0; i < 3; i++) {
      assertThat(guard.check("flooder")).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    // THEN the idle ones are forgotten and the flood is still noticed
    assertThat(guard.tracked()).isEqualTo(1);
    assertThat(guard.check("flooder")).isEqualTo(FloodGuard.Verdict.WARN);
    assertThat(guard.check("flooder")).isEqualTo(FloodGuard.Verdict.DROP);
  }
}
