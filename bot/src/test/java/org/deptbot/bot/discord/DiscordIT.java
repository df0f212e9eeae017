package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeInteraction;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.core.notices.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot with the real JDA client against a fake Discord on loopback; one application for all
 * tests, since starting one is slow.
 */
class DiscordIT {

  private static final String TOKEN = "fake-discord-token";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir static Path dataDir;
  private static FakeDiscord discord;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void startBotAgainstTheFake() {
    discord = FakeDiscord.start(TOKEN, "riverton_pd");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=",
                "--deptbot.discord.token=" + TOKEN,
                "--deptbot.discord.guild-id=" + discord.guildId(),
                "--deptbot.discord.api-url=" + discord.apiUrl(),
                "--deptbot.discord.gateway-url=" + discord.gatewayUrl(),
                "--deptbot.discord.gateway-compression=false",
                "--deptbot.chat.flood.burst=1000",
                "--server.port=0"));
    bot =
        new SpringApplication(BotApplication.class, DiscordTestCommands.class)
            .run(args.toArray(String[]::new));
    discord.awaitServerCommands(WAIT);
  }

  @AfterAll
  static void stopBot() {
    if (bot != null) {
      bot.close();
    }
    discord.close();
  }

  @AfterEach
  void nothingWasAskedThatDiscordWouldNotServe() {
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void theBotLogsInRegistersItsCommandsAndReportsTheGatewayHealthy() throws Exception {
    assertThat(discord.identifies()).isEqualTo(1);
    JsonNode commands = discord.serverCommands();
    assertThat(commands.findValuesAsText("name"))
        .contains("start", "help", "enroll", "cancel", "approvals");
    for (JsonNode command : commands) {
      assertThat(command.at("/options/0/name").asText()).isEqualTo("text");
      assertThat(command.at("/options/0/required").asBoolean()).isFalse();
    }
    assertThat(commandNamed(commands, "approvals").path("default_member_permissions").asText())
        .as("staff-only commands are hidden from members by default")
        .isEqualTo("0");
    assertThat(commandNamed(commands, "help").path("default_member_permissions").isNull()).isTrue();

    JsonNode health = get("/actuator/health");
    assertThat(health.at("/components/discord/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/discord/details/bot").asText()).isEqualTo("@riverton_pd");
  }

  @Test
  void aSlashCommandIsAcknowledgedAndAnsweredPrivatelyInTheChannel() {
    FakeInteraction help = discord.slashCommand(900101, "Sam", discord.general(), "help");

    FakeMessage reply = discord.awaitOriginal(help, m -> m.edits() > 0, WAIT);
    assertThat(help.callbackType()).isEqualTo(FakeInteraction.DEFERRED_REPLY);
    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.plainText()).contains("What you can do here", "/enroll");
  }

  @Test
  void aButtonPressIsAcknowledgedAndTheMessageUpdatedInPlace() {
    FakeInteraction counter = discord.slashCommand(900102, "Lee", discord.general(), "counter");
    FakeMessage message = discord.awaitOriginal(counter, m -> m.edits() > 0, WAIT);
    assertThat(message.plainText()).isEqualTo("Pressed 0 times");

    FakeInteraction press =
        discord.pressButton(900102, "Lee", message, message.buttonIds().get(0).get(0));

    discord.awaitOriginal(press, m -> m.edits() > 1, WAIT);
    assertThat(press.callbackType()).isEqualTo(FakeInteraction.DEFERRED_UPDATE);
    assertThat(press.originalMessageId()).isEqualTo(message.id());
    assertThat(discord.message(message.id()).plainText()).isEqualTo("Pressed 1 times");
    assertThat(discord.message(message.id()).buttonIds()).hasSize(1);
  }

  @Test
  void aDirectMessageIsAnsweredInTheDmAndItsButtonsWorkThere() {
    discord.userSendsDm(900103, "Pat", "/start");
    FakeMessage start = discord.awaitBotMessages(discord.dmChannelOf(900103), 1, WAIT).get(0);
    assertThat(start.plainText()).contains("Hello Pat", "Riverton Police Department");
    assertThat(start.buttonIds().get(0)).hasSize(2);

    discord.pressButton(900103, "Pat", start, start.buttonIds().get(0).get(0));

    List<FakeMessage> dms = discord.awaitBotMessages(discord.dmChannelOf(900103), 2, WAIT);
    assertThat(dms.get(1).plainText()).contains("What you can do here");
  }

  @Test
  void aPrivateCommandUsedInTheServerCarriesOnInADirectMessage() {
    FakeInteraction enroll = discord.slashCommand(900104, "Ben", discord.general(), "enroll");

    FakeMessage pointer = discord.awaitOriginal(enroll, m -> m.edits() > 0, WAIT);
    assertThat(pointer.ephemeral()).isTrue();
    assertThat(pointer.plainText()).isEqualTo("I’ve sent you a direct message.");
    List<FakeMessage> dms = discord.awaitBotMessages(discord.dmChannelOf(900104), 1, WAIT);
    assertThat(dms.get(0).plainText()).contains("send me the enrollment code");
    assertThat(discord.botMessagesIn(discord.general())).noneMatch(m -> !m.ephemeral());
  }

  @Test
  void whenDirectMessagesAreClosedTheUserIsToldHowToOpenThem() {
    discord.closeDms(900105);

    FakeInteraction enroll = discord.slashCommand(900105, "Kim", discord.general(), "enroll");

    FakeMessage pointer = discord.awaitOriginal(enroll, m -> m.edits() > 0, WAIT);
    assertThat(pointer.ephemeral()).isTrue();
    assertThat(pointer.plainText()).contains("couldn’t send you a direct message");
    assertThat(discord.botMessagesIn(discord.dmChannelOf(900105))).isEmpty();
  }

  @Test
  void aSlowHandlerStillHasItsInteractionAcknowledgedWithinThreeSeconds() {
    FakeInteraction slow = discord.slashCommand(900106, "Max", discord.general(), "slow");

    FakeMessage reply = discord.awaitOriginal(slow, m -> m.edits() > 0, WAIT);
    assertThat(slow.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
    assertThat(reply.plainText()).isEqualTo("Done, slowly.");
  }

  @Test
  void aRateLimitedReplyIsSentAgainAfterRetryAfterAndArrives() {
    int before = discord.faultsServed();
    discord.rateLimitNext("POST", "channels/\\d+/messages", 1, 1);

    discord.userSendsDm(900107, "Jo", "/help");

    List<FakeMessage> dms = discord.awaitBotMessages(discord.dmChannelOf(900107), 1, WAIT);
    assertThat(discord.faultsServed()).isEqualTo(before + 1);
    assertThat(dms).hasSize(1);
    assertThat(dms.get(0).plainText()).contains("What you can do here");
  }

  @Test
  void aNoticeIsPostedAsAnEmbedWithItsPhotoAndPublishedFromTheAnnouncementChannel() {
    NoticePoster poster = bot.getBean(DiscordNoticePoster.class);
    String channel = Long.toString(discord.announcements().id());

    PostOutcome outcome = poster.post(channel, DiscordTestCommands.missingPerson());

    assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
    FakeMessage posted =
        discord.message(Long.parseLong(((PostOutcome.Posted) outcome).messageId()));
    JsonNode embed = posted.embeds().get(0);
    assertThat(embed.path("title").asText()).isEqualTo("MISSING: Jordan Reyes, 14");
    assertThat(embed.path("description").asText())
        .startsWith("**EXERCISE – TEST ONLY. No action is needed.**\n\n")
        .contains("Last seen near Elm Park", "Call 555-0100");
    assertThat(embed.path("color").asInt()).isEqualTo(NoticeEmbed.colour(Severity.SEVERE));
    assertThat(embed.at("/footer/text").asText()).contains("Riverton PD", "dial 911");
    assertThat(embed.at("/image/url").asText()).isEqualTo("attachment://jordan.png");
    assertThat(posted.files()).extracting(f -> f.fileName()).containsExactly("jordan.png");
    assertThat(posted.crossposted()).isTrue();
  }

  @Test
  void aRateLimitedNoticeComesBackAsRetryAfterWithoutWaiting() {
    discord.rateLimitNext("POST", "channels/\\d+/messages", 2, 1);
    NoticePoster poster = bot.getBean(DiscordNoticePoster.class);

    PostOutcome outcome =
        poster.post(Long.toString(discord.general().id()), DiscordTestCommands.missingPerson());

    assertThat(outcome).isEqualTo(new PostOutcome.RetryAfter(Duration.ofSeconds(2)));
    assertThat(discord.botMessagesIn(discord.general())).noneMatch(m -> m.embeds().size() > 0);
  }

  @Test
  void aChannelTheBotCannotSeeFailsThePostPermanentlyWithAReasonForTheIssuer() {
    discord.failNext("POST", "channels/\\d+/messages", 403, 50001, "Missing Access");

    PostOutcome outcome =
        poster().post(Long.toString(discord.general().id()), DiscordTestCommands.missingPerson());

    assertThat(outcome)
        .isEqualTo(
            new PostOutcome.Permanent(
                "The bot cannot see that Discord channel: it was removed from the server or the"
                    + " channel was hidden from it.",
                true));
  }

  @Test
  void aSubscriberWithClosedDmsIsGoneForNotices() {
    discord.closeDms(900108);

    PostOutcome outcome = poster().post("900108", DiscordTestCommands.missingPerson());

    assertThat(outcome).isInstanceOf(PostOutcome.Permanent.class);
    assertThat(((PostOutcome.Permanent) outcome).recipientGone()).isTrue();
  }

  @Test
  void aNoticeIsEditedInPlaceAndDeletedWithItsPhoto() {
    String channel = Long.toString(discord.general().id());
    var posted = (PostOutcome.Posted) poster().post(channel, DiscordTestCommands.missingPerson());
    long id = Long.parseLong(posted.messageId());
    var found =
        new NoticePost(
            "N-2026-000042",
            Severity.MINOR,
            List.of("FOUND 6 pm. Thank you to everyone who shared this."),
            "FOUND: Jordan Reyes",
            "Jordan is safe.",
            "Riverton PD",
            "Dial 911",
            null);

    assertThat(poster().edit(channel, posted.messageId(), found)).isEqualTo(posted);
    assertThat(discord.message(id).embeds().get(0).path("title").asText())
        .isEqualTo("FOUND: Jordan Reyes");
    assertThat(discord.message(id).files()).isEmpty();

    assertThat(poster().delete(channel, posted.messageId())).isEqualTo(posted);
    assertThat(discord.message(id).deleted()).isTrue();
    assertThat(poster().delete(channel, posted.messageId())).as("gone already").isEqualTo(posted);
    assertThat(poster().edit(channel, posted.messageId(), found))
        .isInstanceOf(PostOutcome.NotEditable.class);
  }

  private static NoticePoster poster() {
    return bot.getBean(DiscordNoticePoster.class);
  }

  private static JsonNode commandNamed(JsonNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("no command " + name);
  }

  private static JsonNode get(String path) throws Exception {
    String base = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port");
    var request = HttpRequest.newBuilder(URI.create(base + path)).build();
    String body =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    return new ObjectMapper().readTree(body);
  }
}
