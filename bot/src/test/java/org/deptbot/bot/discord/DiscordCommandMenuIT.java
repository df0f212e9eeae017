package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.deptbot.bot.discord.fake.FakeChannel;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeInteraction;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The slash command menu as Discord shows it, with the bot's real permissions: the public sees its
 * commands in the server and in a DM with the bot, staff commands are hidden from all but those
 * granted them, and the commands only buttons reach are not in any menu.
 */
@ExtendWith(RunningDiscordBot.class)
class DiscordCommandMenuIT {

  private static final Duration WAIT = RunningDiscordBot.WAIT;
  private static FakeDiscord discord;

  @BeforeAll
  static void connect() {
    discord = RunningDiscordBot.discord();
  }

  @AfterEach
  void nothingWasAskedThatDiscordWouldNotServe() {
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void aMemberOfThePublicSeesThePublicCommandsInTheServerButNoStaffOrButtonOnes() {
    assertThat(discord.commandsSeenBy(900201, "Pat", discord.general()))
        .contains("tip", "mytip", "subscribe", "unsubscribe", "help", "enroll")
        .doesNotContain("queue", "case", "approvals", "case_act", "tip_act", "approve");
  }

  @Test
  void aMemberOfThePublicSeesThePublicCommandsInADirectMessageWithTheBot() {
    FakeChannel dm = discord.dmChannelOf(900202);

    assertThat(discord.commandsSeenBy(900202, "Pat", dm))
        .contains("tip", "subscribe", "help", "enroll")
        .doesNotContain("queue", "approvals", "case_act", "tip_act");
  }

  @Test
  void aSlashCommandUsedInADirectMessageIsAnsweredThere() {
    FakeChannel dm = discord.dmChannelOf(900203);

    FakeInteraction help = discord.slashCommand(900203, "Pat", dm, "help");

    FakeMessage reply = discord.awaitOriginal(help, m -> m.edits() > 0, WAIT);
    assertThat(reply.channelId()).isEqualTo(dm.id());
    assertThat(reply.plainText()).contains("What you can do here");
  }

  @Test
  void staffCommandsAreThereForThoseTheServerGrantsThemButNeverTheButtonOnes() {
    discord.makeAdministrator(900204);

    assertThat(discord.commandsSeenBy(900204, "Chief", discord.general()))
        .contains("queue", "approvals", "tip")
        .doesNotContain("case_act", "tip_act");
  }

  @Test
  void theBotAsksOnlyForTheGatewayEventsItReads() {
    long guildMessages = 1L << 9;
    long directMessages = 1L << 12;

    assertThat(discord.identifiedIntents() & guildMessages).isZero();
    assertThat(discord.identifiedIntents() & directMessages).isEqualTo(directMessages);
  }
}
