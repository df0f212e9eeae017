package org.deptbot.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendWindowsTest {

  private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
  private final SendWindows windows = new SendWindows(SendLimits.telegram());

  @Test
  void aPrivateChatGetsOneMessageAPerWindowAndIsToldHowLongToWait() {
    assertThat(windows.tryTake("501", false, T0)).isZero();

    Duration wait = windows.tryTake("501", false, T0.plusMillis(300));

    assertThat(wait).isEqualTo(Duration.ofMillis(750));
    assertThat(windows.tryTake("501", false, T0.plusMillis(1050))).isZero();
  }

  @Test
  void aGroupTakesTwentyAMinute() {
    for (int i = 0; i < 20; i++) {
      assertThat(windows.tryTake("-100", true, T0.plusMillis(100L * i))).isZero();
    }

    assertThat(windows.tryTake("-100", true, T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(56));
  }

  @Test
  void aRefusedTryRecordsNothing() {
    windows.tryTake("501", false, T0);
    windows.tryTake("501", false, T0.plusMillis(10)); // refused

    assertThat(windows.tryTake("501", false, T0.plusMillis(1050))).isZero();
  }

  @Test
  void aPauseAskedByThePlatformHoldsTheChatUntilItEnds() {
    windows.pause("-100", T0.plusSeconds(7));

    assertThat(windows.tryTake("-100", true, T0)).isEqualTo(Duration.ofSeconds(7));
    assertThat(windows.tryTake("other", true, T0)).isZero();
    assertThat(windows.tryTake("-100", true, T0.plusSeconds(7))).isZero();
  }

  @Test
  void deliveriesLeaveTheRepliesTheirShareOfEveryWindow() {
    var shared = new SendWindows(SendLimits.telegram(), 3);
    int deliveries = 0;
    for (long ms = 0; ms < 1050; ms++) {
      if (shared.takeOverall(T0.plusMillis(ms)).isZero()) {
        deliveries++;
      }
    }

    assertThat(deliveries).as("deliveries in one window, given every chance").isEqualTo(27);
    Instant late = T0.plusMillis(1049);
    for (int i = 0; i < 3; i++) {
      assertThat(shared.takeForReply(late)).as("reply " + (i + 1)).isZero();
    }
    assertThat(shared.takeForReply(late))
        .as("a fourth reply would pass Telegram's 30")
        .isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void repliesMayUseTheWholeLimitAndDeliveriesWaitUntilTheirShareIsFreeAgain() {
    var shared = new SendWindows(SendLimits.telegram(), 3);
    for (int i = 0; i < 30; i++) {
      assertThat(shared.takeForReply(T0)).isZero();
    }

    assertThat(shared.takeForReply(T0.plusMillis(10))).isEqualTo(Duration.ofMillis(1040));
    assertThat(shared.takeOverall(T0.plusMillis(10)))
        .as("until 27 or fewer are left in the window, and the waiting reply has gone")
        .isEqualTo(Duration.ofMillis(1075));
    assertThat(shared.tryTake("501", false, T0.plusMillis(10))).isEqualTo(Duration.ofMillis(1040));
    assertThat(shared.takeOverall(T0.plusMillis(1050)))
        .as("the reply told to wait goes first")
        .isPositive();
    assertThat(shared.takeForReply(T0.plusMillis(1050))).isZero();
    assertThat(shared.takeOverall(T0.plusMillis(1050))).isZero();
  }

  @Test
  void withNoReserveABroadcastUsesTheWholeLimitAndAWaitingReplyTakesTheNextCall() {
    var shared = new SendWindows(SendLimits.telegram());
    int deliveries = 0;
    for (long ms = 0; ms < 1049; ms++) {
      if (shared.takeOverall(T0.plusMillis(ms)).isZero()) {
        deliveries++;
      }
    }
    assertThat(deliveries).as("nobody talking to the bot: all 30").isEqualTo(30);

    Instant asked = T0.plusMillis(1049);
    Duration wait = shared.takeForReply(asked);
    assertThat(wait)
        .as("until the first delivery leaves the window")
        .isEqualTo(Duration.ofMillis(1));
    Instant room = asked.plus(wait);
    assertThat(shared.takeOverall(room)).as("no delivery takes the reply's room").isPositive();
    assertThat(shared.takeForReply(room)).isZero();
  }

  @Test
  void aReserveMustLeaveDeliveriesSomething() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new SendWindows(SendLimits.telegram(), 30))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
