package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.deptbot.bot.TestSealKey;
import org.junit.jupiter.api.Test;

/**
 * Without DEPTBOT_REPORTS_SEAL_KEY every restart would strand every anonymous reporter and tipster.
 */
class SealKeyRequiredTest {

  private final ReportsConfiguration configuration = new ReportsConfiguration();

  @Test
  void withAPlatformTokenTheBotRefusesToStartWithoutTheKeyAndSaysHowToMakeOne() {
    assertThatThrownBy(() -> configuration.reporterSeal(properties(""), "123:telegram", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DEPTBOT_REPORTS_SEAL_KEY")
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(() -> configuration.reporterSeal(properties(""), "", "discord-token"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyThatIsNot32BytesIsRefusedWithTheReason() {
    assertThatThrownBy(() -> configuration.reporterSeal(properties("c2hvcnQ="), "123:t", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void theTrainingChatAloneRunsOnAKeyOfTheMomentAndAGivenKeyLasts() {
    assertThat(configuration.reporterSeal(properties(""), "", "").lasting()).isFalse();
    assertThat(configuration.reporterSeal(properties(TestSealKey.BASE64), "123:t", "").lasting())
        .isTrue();
  }

  private static ReportProperties properties(String key) {
    return new ReportProperties(
        key, 5, "INTERNAL_AFFAIRS", false, "24 hours", Duration.ofHours(4), Duration.ofHours(24));
  }
}
