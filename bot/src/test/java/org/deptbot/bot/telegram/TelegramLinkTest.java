package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TelegramLinkTest {

  private Instant now = Instant.parse("2026-12-02T08:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final TelegramLink link = new TelegramLink(clock, Duration.ofMinutes(2));

  @Test
  void isInTroubleUntilStartUpGetsThrough() {
    link.startFailed("Connection refused");
    assertThat(link.trouble())
        .hasValueSatisfying(t -> assertThat(t).contains("Connection refused"));

    link.connected(true);
    assertThat(link.trouble()).isEmpty();
  }

  @Test
  void aLongPollWaitingForUpdatesIsNoTroubleButPollsFailingPastTheThresholdAre() {
    link.connected(true);
    now = now.plusSeconds(600); // idle long polls, none failed
    assertThat(link.trouble()).isEmpty();

    link.pollSucceeded();
    link.pollFailed();
    now = now.plusSeconds(119);
    assertThat(link.trouble()).isEmpty();
    now = now.plusSeconds(2);
    assertThat(link.trouble()).hasValueSatisfying(t -> assertThat(t).contains("121 s"));
    assertThat(link.sinceLastPoll()).contains(Duration.ofSeconds(121));

    link.pollSucceeded();
    assertThat(link.trouble()).isEmpty();
  }

  @Test
  void storingThatKeepsFailingPastTheThresholdIsTrouble() {
    link.connected(true);
    link.storeFailed("Timed out");
    now = now.plusSeconds(121);
    link.pollSucceeded();
    assertThat(link.trouble()).hasValueSatisfying(t -> assertThat(t).contains("Timed out"));

    link.stored();
    assertThat(link.trouble()).isEmpty();
  }

  @Test
  void webhookModeHasNoPollAge() {
    link.connected(false);
    assertThat(link.sinceLastPoll()).isEmpty();
  }

  @Test
  void retryWaitsDoubleUpToTheCeilingAndStartOverAfterASuccess() {
    RetryDelay delay = new RetryDelay(Duration.ofSeconds(3));
    assertThat(delay.next()).isEqualTo(Duration.ofMillis(500));
    assertThat(delay.next()).isEqualTo(Duration.ofSeconds(1));
    assertThat(delay.next()).isEqualTo(Duration.ofSeconds(2));
    assertThat(delay.next()).isEqualTo(Duration.ofSeconds(3));
    assertThat(delay.next()).isEqualTo(Duration.ofSeconds(3));
    delay.reset();
    assertThat(delay.next()).isEqualTo(Duration.ofMillis(500));
  }
}
