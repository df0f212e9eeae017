package org.deptbot.core.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.deptbot.core.staff.ChatPlatform;
import org.junit.jupiter.api.Test;

/** A channel's label names its platform once, whether or not its name already does. */
class ChannelLabelTest {

  private static Channel named(String name, ChatPlatform platform) {
    return new Channel("c-1", platform, "-100", name, Set.of());
  }

  @Test
  void aNameThatAlreadyNamesThePlatformIsLeftAsItIs() {
    // the example seed's names
    assertThat(named("#announcements (Discord)", ChatPlatform.DISCORD).label("Discord"))
        .isEqualTo("#announcements (Discord)");
    assertThat(
            named("Riverton PD Alerts (Telegram channel)", ChatPlatform.TELEGRAM).label("Telegram"))
        .isEqualTo("Riverton PD Alerts (Telegram channel)");
  }

  @Test
  void thePlatformIsFoundWhateverItsCase() {
    assertThat(named("discord #community", ChatPlatform.DISCORD).label("Discord"))
        .isEqualTo("discord #community");
    assertThat(Channel.labelOf("RIVERTON TELEGRAM GROUP", "Telegram"))
        .isEqualTo("RIVERTON TELEGRAM GROUP");
  }

  @Test
  void aNameThatDoesNotNameThePlatformGetsItInBrackets() {
    assertThat(named("#announcements", ChatPlatform.DISCORD).label("Discord"))
        .isEqualTo("#announcements (Discord)");
    // another platform's name in it does not count
    assertThat(named("Mirror of our Discord", ChatPlatform.TELEGRAM).label("Telegram"))
        .isEqualTo("Mirror of our Discord (Telegram)");
  }

  @Test
  void aMissingNameOrPlatformLeavesTheOther() {
    assertThat(Channel.labelOf("Alerts", null)).isEqualTo("Alerts");
    assertThat(Channel.labelOf("", "Telegram")).isEqualTo("Telegram");
  }
}
