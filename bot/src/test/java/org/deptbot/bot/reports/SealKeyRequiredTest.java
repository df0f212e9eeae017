package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.PlatformTokens;
import org.deptbot.core.config.DeptbotProperties;
import org.deptbot.core.staff.Role;
import org.deptbot.core.templates.DateOrder;
import org.junit.jupiter.api.Test;

/**
 * Without DEPTBOT_REPORTS_SEAL_KEY every restart would strand every anonymous reporter and tipster.
 */
class SealKeyRequiredTest {

  private final ReportsConfiguration configuration = new ReportsConfiguration();

  @Test
  void withAPlatformTokenTheBotRefusesToStartWithoutTheKeyAndSaysHowToMakeOne() {
    assertThatThrownBy(() -> configuration.reporterSeal(key(""), tokens("123:telegram", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DEPTBOT_REPORTS_SEAL_KEY")
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(() -> configuration.reporterSeal(key(""), tokens("", "discord-token")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyThatIsNot32BytesIsRefusedWithTheReason() {
    assertThatThrownBy(() -> configuration.reporterSeal(key("c2hvcnQ="), tokens("123:t", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void theTrainingChatAloneRunsOnAKeyOfTheMomentAndAGivenKeyLasts() {
    assertThat(configuration.reporterSeal(key(""), tokens("", "")).lasting()).isFalse();
    assertThat(configuration.reporterSeal(key(TestSealKey.BASE64), tokens("123:t", "")).lasting())
        .isTrue();
  }

  private static DeptbotProperties key(String key) {
    return new DeptbotProperties(
        ZoneId.of("UTC"),
        DateOrder.MDY,
        "",
        new DeptbotProperties.Reports(false, key),
        new DeptbotProperties.Tips(Role.DISPATCHER),
        new DeptbotProperties.Notices(Duration.ofMinutes(30), Duration.ofHours(12)));
  }

  private static PlatformTokens tokens(String telegram, String discord) {
    return new PlatformTokens(
        new PlatformTokens.Token(telegram), new PlatformTokens.Token(discord));
  }
}
