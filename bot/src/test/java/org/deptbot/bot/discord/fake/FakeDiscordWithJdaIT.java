package org.deptbot.bot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake itself, with a bare JDA client and no Spring: what JDA needs of Discord works. */
class FakeDiscordWithJdaIT {

  private static final String TOKEN = "fake-bot-token";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static FakeDiscord discord;
  private static JDA jda;
  private static final CompletableFuture<SlashCommandInteractionEvent> slash =
      new CompletableFuture<>();
  private static final CompletableFuture<MessageReceivedEvent> dm = new CompletableFuture<>();

  @BeforeAll
  static void connect() throws InterruptedException {
    discord = FakeDiscord.start(TOKEN, "riverton_pd");
    String gateway = discord.gatewayUrl();
    jda =
        JDABuilder.createLight(TOKEN, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES)
            .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl()))
            .setSessionController(
                new SessionControllerAdapter() {
                  @Override
                  public String getGateway() {
                    return gateway;
                  }
                })
            .setCompression(Compression.NONE)
            .addEventListeners(
                new ListenerAdapter() {
                  @Override
                  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                    slash.complete(event);
                  }

                  @Override
                  public void onMessageReceived(MessageReceivedEvent event) {
                    dm.complete(event);
                  }
                })
            .build()
            .awaitReady();
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    jda.shutdown();
    jda.awaitShutdown(5, TimeUnit.SECONDS);
    discord.close();
  }

  @Test
  void jdaLogsInAndSeesTheServerWithItsChannels() {
    assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
    assertThat(jda.getGuildById(discord.guildId())).isNotNull();
    assertThat(jda.getNewsChannelById(discord.announcements().id())).isNotNull();
    assertThat(jda.getTextChannelById(discord.general().id())).isNotNull();
  }

  @Test
  void commandsRegisterAndASlashCommandArrivesAndIsAnswered() throws Exception {
    jda.getGuildById(discord.guildId())
        .updateCommands()
        .addCommands(Commands.slash("help", "this list"))
        .complete();
    assertThat(discord.serverCommands()).hasSize(1);

    FakeInteraction interaction = discord.slashCommand(42, "Sam", discord.general(), "help");
    SlashCommandInteractionEvent event = slash.get(10, TimeUnit.SECONDS);
    event.deferReply(true).complete();
    event.getHook().editOriginal("hello").complete();

    assertThat(interaction.callbackType()).isEqualTo(FakeInteraction.DEFERRED_REPLY);
    FakeMessage reply = discord.awaitOriginal(interaction, m -> m.edits() > 0, WAIT);
    assertThat(reply.content()).isEqualTo("hello");
    assertThat(reply.ephemeral()).isTrue();
  }

  @Test
  void aDirectMessageArrivesAndTheBotAnswersInTheDmChannel() throws Exception {
    discord.userSendsDm(43, "Lee", "hi there");
    MessageReceivedEvent event = dm.get(10, TimeUnit.SECONDS);
    assertThat(event.getMessage().getContentRaw()).isEqualTo("hi there");

    jda.openPrivateChannelById(43).flatMap(c -> c.sendMessage("hello Lee")).complete();
    List<FakeMessage> sent = discord.botMessagesIn(discord.dmChannelOf(43));
    assertThat(sent).extracting(FakeMessage::content).containsExactly("hello Lee");
    assertThat(discord.unservedCalls()).isEmpty();
  }
}
