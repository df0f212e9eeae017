package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.FlakyReceivedUpdates;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeInteraction;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Discord's rules for answering an interaction: acknowledged within three seconds (so before
 * anything slow, such as storing it), answered by DM when it could not be acknowledged, and never
 * answered in the open channel when its private hook is gone. Time passes on the fake's clock, not
 * the test's. Shares the running bot with {@link DiscordIT}.
 */
@ExtendWith(RunningDiscordBot.class)
class DiscordInteractionsIT {

  private static final Duration WAIT = RunningDiscordBot.WAIT;
  private static final long SERGEANT = 400000000000000040L; // Sgt. Priya Natarajan, in the seed
  private static FakeDiscord discord;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void connect() {
    discord = RunningDiscordBot.discord();
    bot = RunningDiscordBot.bot();
  }

  @AfterEach
  void nothingWasAskedThatDiscordWouldNotServe() {
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void anInteractionIsAcknowledgedBeforeItIsStoredSoASlowDatabaseCannotMissTheThreeSeconds() {
    // storing the next update takes four seconds: anything the bot sent before it reaches Discord
    // at once, anything after it four seconds late
    int callbacks = discord.callbacksReceived();
    bot.getBean(FlakyReceivedUpdates.class)
        .slowNextStore(
            () -> {
              awaitQuietly(() -> discord.callbacksReceived() > callbacks);
              discord.advanceClock(Duration.ofSeconds(4));
            });

    FakeInteraction help = discord.slashCommand(900201, "Eli", discord.general(), "help");

    FakeMessage reply = discord.awaitOriginal(help, m -> m.edits() > 0, WAIT);
    assertThat(help.callbackType()).isEqualTo(FakeInteraction.DEFERRED_REPLY);
    assertThat(help.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.plainText()).contains("What you can do here");
  }

  /** Waits up to three seconds for {@code condition}; goes on either way. */
  private static void awaitQuietly(java.util.concurrent.Callable<Boolean> condition) {
    try {
      await().atMost(Duration.ofSeconds(3)).until(condition);
    } catch (org.awaitility.core.ConditionTimeoutException notYet) {
      // the bot had sent nothing before storing
    }
  }

  @Test
  void anInteractionThatExpiredBeforeItsAcknowledgementIsAnsweredByDirectMessage() {
    int inChannel = discord.botMessagesIn(discord.general()).size();
    discord.delayNextCallback(Duration.ofSeconds(4));

    FakeInteraction help = discord.slashCommand(900202, "Uma", discord.general(), "help");

    List<FakeMessage> dms = discord.awaitBotMessages(discord.dmChannelOf(900202), 1, WAIT);
    assertThat(help.acknowledged()).as("Discord refused the late acknowledgement").isFalse();
    assertThat(dms).singleElement().satisfies(m -> assertThat(m.plainText()).contains("/enroll"));
    assertThat(discord.botMessagesIn(discord.general())).hasSize(inChannel);
  }

  @Test
  void afterARestartAReplyWhoseHookIsGoneGoesToTheUsersDmNeverToTheChannel() {
    int inChannel = discord.botMessagesIn(discord.general()).size();
    discord.addMember(SERGEANT, "Priya");
    // a sergeant's /help in #general, stored before a restart and not yet handled
    var user =
        new ChatUser(new ChatIdentity(ChatPlatform.DISCORD, Long.toString(SERGEANT)), "Priya");
    var channel =
        new ChatTarget(ChatPlatform.DISCORD, Long.toString(discord.general().id()), false);
    ChatIngress ingress = bot.getBean(ChatIngress.class);
    assertThat(
            ingress.receive(
                new Incoming.TextMessage("discord:" + System.nanoTime(), user, channel, "/help")))
        .isTrue();

    // what the bot does at start, once the gateway session is ready
    ingress.resume(bot.getBean(DiscordSender.class));

    List<FakeMessage> dms =
        await()
            .atMost(WAIT)
            .until(
                () -> discord.botMessagesIn(discord.dmChannelOf(SERGEANT)),
                l -> l.stream().anyMatch(m -> m.plainText().contains("What you can do here")));
    assertThat(dms).anySatisfy(m -> assertThat(m.plainText()).contains("/queue"));
    assertThat(discord.botMessagesIn(discord.general()))
        .as("nothing was posted in the open channel")
        .hasSize(inChannel);
  }
}
