package org.deptbot.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendWindowsPacingTest {

  private static final Instant T0 = Instant.parse("2026-11-21T21:49:00Z");
  private final SendWindows windows =
      new SendWindows(
          new SendLimits(
              4, Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1)));

  @Test
  void aClaimTakesTheChatsTurnButTheOverallLimitIsTakenWhenTheCallIsMade() {
    for (String chat : new String[] {"1", "2", "3", "4", "5", "6"}) {
      assertThat(windows.tryTake(chat, false, T0)).as("claim for " + chat).isZero();
    }
    assertThat(windows.tryTake("1", false, T0.plusMillis(500)))
        .as("the chat's own window")
        .isEqualTo(Duration.ofMillis(500));

    assertThat(windows.takeOverall(T0)).isZero();
    assertThat(windows.takeOverall(T0.plusMillis(250))).isZero();
    assertThat(windows.takeOverall(T0.plusMillis(500))).isZero();
    assertThat(windows.takeOverall(T0.plusMillis(750))).isZero();

    assertThat(windows.takeOverall(T0.plusMillis(800)))
        .as("four calls in the last second")
        .isEqualTo(Duration.ofMillis(200));
    assertThat(windows.untilOverall(T0.plusMillis(800))).isEqualTo(Duration.ofMillis(200));
    assertThat(windows.tryTake("7", false, T0.plusMillis(800)))
        .as("nothing more is claimed while the calls fill the window")
        .isEqualTo(Duration.ofMillis(200));
    assertThat(windows.takeOverall(T0.plusMillis(1000))).isZero();
  }

  @Test
  void callsAreSpreadEvenlyOverTheWindowRatherThanSentAllAtOnce() {
    assertThat(windows.takeOverall(T0)).isZero();
    assertThat(windows.takeOverall(T0.plusMillis(100)))
        .as("a quarter of the window after the last call")
        .isEqualTo(Duration.ofMillis(150));
    assertThat(windows.takeOverall(T0.plusMillis(250))).isZero();
  }

  @Test
  void noLimitsMeansNoWaiting() {
    var none = new SendWindows(SendLimits.none());
    for (int i = 0; i < 100; i++) {
      assertThat(none.tryTake("1", false, T0)).isZero();
      assertThat(none.takeOverall(T0)).isZero();
    }
  }
}
