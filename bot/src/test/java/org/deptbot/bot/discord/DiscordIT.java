package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeInteraction;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.bot.discord.fake.FakeModal;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.templates.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot with the real JDA client against a fake Discord on loopback: logging in, slash commands,
 * buttons, forms (modals), direct messages, rate limits, and a notice posted in an announcement
 * channel.
 */
@ExtendWith(RunningDiscordBot.class)
class DiscordIT {

  private static final Duration WAIT = RunningDiscordBot.WAIT;
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
  void theBotLogsInRegistersItsCommandsAndReportsTheGatewayHealthy() throws Exception {
    assertThat(discord.identifies()).isEqualTo(1);
    JsonNode staff = discord.serverCommands();
    JsonNode everyone = discord.globalCommands();
    assertThat(everyone.findValuesAsText("name")).contains("start", "help", "enroll", "cancel");
    assertThat(staff.findValuesAsText("name")).contains("approvals", "queue");
    for (JsonNode command : concat(staff, everyone)) {
      assertThat(command.at("/options/0/name").asText()).isEqualTo("text");
      assertThat(command.at("/options/0/required").asBoolean()).isFalse();
    }
    assertThat(commandNamed(staff, "approvals").path("default_member_permissions").asText())
        .as("staff-only commands are hidden from members by default")
        .isEqualTo("0");
    assertThat(commandNamed(everyone, "help").path("default_member_permissions").isNull()).isTrue();
    assertThat(commandNamed(everyone, "tip").path("default_member_permissions").isNull())
        .as("a command whose permission the public holds is not hidden")
        .isTrue();

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
  void aLongReplyIsSplitWithThePhotoOnTheFirstPartAndTheButtonsOnTheLast() {
    int before = discord.botMessagesIn(discord.general()).size();

    discord.slashCommand(900109, "Ray", discord.general(), "longphoto");

    // 60 lines of 100 characters: 19 lines fit in 2,000 characters, so four messages
    List<FakeMessage> all = discord.awaitBotMessages(discord.general(), before + 4, WAIT);
    List<FakeMessage> parts = all.subList(before, all.size());
    assertThat(parts).hasSize(4);
    assertThat(parts).allSatisfy(p -> assertThat(p.content().length()).isLessThanOrEqualTo(2000));
    assertThat(parts).allSatisfy(p -> assertThat(p.ephemeral()).isTrue());
    assertThat(parts.get(0).plainText()).startsWith("line 01 ");
    assertThat(parts.get(3).plainText()).endsWith("line 60 " + "y".repeat(92));
    assertThat(parts.get(0).files()).extracting(f -> f.fileName()).containsExactly("photo-1.png");
    assertThat(parts.get(0).buttonIds()).isEmpty();
    assertThat(parts.get(3).buttonIds()).hasSize(1);
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
  void subscribingInTheServerCarriesOnInADmWhereNoticesThenArrive() {
    FakeInteraction subscribe =
        discord.slashCommand(900110, "Ada", discord.general(), "subscribe", "all");

    FakeMessage pointer = discord.awaitOriginal(subscribe, m -> m.edits() > 0, WAIT);
    assertThat(pointer.plainText()).isEqualTo("I’ve sent you a direct message.");
    FakeMessage saved = discord.awaitBotMessages(discord.dmChannelOf(900110), 1, WAIT).get(0);
    assertThat(saved.plainText()).contains("Saved.");

    // a subscriber's chat is their user id: the poster opens the DM channel
    PostOutcome outcome =
        bot.getBean(DiscordNoticePoster.class)
            .post(RecipientKind.SUBSCRIBER, "900110", DiscordTestCommands.missingPerson());

    assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
    List<FakeMessage> dms = discord.botMessagesIn(discord.dmChannelOf(900110));
    assertThat(dms).hasSize(2);
    assertThat(dms.get(1).embeds().get(0).path("title").asText())
        .isEqualTo("MISSING: Jordan Reyes, 14");
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

    // the handler is busy until the test lets it finish: the interaction is acknowledged anyway
    await().atMost(WAIT).until(slow::acknowledged);
    assertThat(slow.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
    DiscordTestCommands.SLOW_MAY_FINISH.release();
    FakeMessage reply = discord.awaitOriginal(slow, m -> m.edits() > 0, WAIT);
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

    PostOutcome outcome =
        poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());

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
    assertThat(embed.at("/image/url").asText()).isEqualTo("attachment://photo-1.png");
    assertThat(posted.files()).extracting(f -> f.fileName()).containsExactly("photo-1.png");
    assertThat(((PostOutcome.Posted) outcome).toPublish()).isTrue();
    assertThat(posted.crossposted()).as("publishing is a step of its own").isFalse();

    assertThat(poster.publish(channel, Long.toString(posted.id())))
        .isEqualTo(new PostOutcome.Posted(Long.toString(posted.id())));
    assertThat(posted.crossposted()).isTrue();
  }

  @Test
  void aFormButtonOpensAModalWhoseSubmitIsTakenAsTypedText() {
    long officer = 400000000000000032L; // Officer Luis Ortega, linked in the seed
    String name = "Luis";
    discord.userSendsDm(officer, name, "/report");
    awaitDm(officer, "Send the link");
    discord.userSendsDm(officer, name, "https://social.example/p/7");
    press(officer, name, awaitDm(officer, "Where is it?"), "Instagram");
    press(officer, name, awaitDm(officer, "Which part of the policy"), "Shows department logos");
    press(officer, name, awaitDm(officer, "Who posted it?"), "Someone else");
    awaitDm(officer, "Who posted it, as far as you know");
    discord.userSendsDm(officer, name, "@riverton_hot_takes");
    FakeMessage question = awaitDm(officer, "What happened?");
    assertThat(question.buttonLabels()).contains(List.of("Write it in a form"));

    FakeInteraction open = press(officer, name, question, "Write it in a form");

    FakeModal modal = discord.awaitModal(open, WAIT);
    assertThat(modal).as("the button answered with a modal").isNotNull();
    assertThat(open.callbackType()).isEqualTo(FakeInteraction.MODAL);
    assertThat(open.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
    assertThat(modal.title()).isEqualTo("What happened?");
    assertThat(modal.customId()).hasSizeLessThanOrEqualTo(100);
    assertThat(modal.inputs()).hasSize(1);
    FakeModal.Input field = modal.inputs().get(0);
    assertThat(field.style()).isEqualTo(FakeModal.PARAGRAPH);
    assertThat(field.wrapped()).as("in a label component, as Discord now lays modals out").isTrue();
    assertThat(field.required()).isTrue();
    assertThat(field.label()).isEqualTo("What the post shows or says, and when");
    assertThat(field.placeholder()).startsWith("A few sentences");
    assertThat(field.maxLength()).isEqualTo(2000);

    FakeInteraction submit =
        discord.submitModal(
            officer, name, open, "A photo in uniform with the badge number readable.");

    FakeMessage next = awaitDm(officer, "If you have screenshots or files");
    assertThat(submit.callbackType()).isEqualTo(FakeInteraction.DEFERRED_UPDATE);
    assertThat(submit.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
    assertThat(next.buttonLabels().stream().flatMap(List::stream)).contains("No files, go on");
    assertThat(discord.message(question.id()).plainText()).contains("What happened?");

    press(officer, name, next, "Discard");
    awaitDm(officer, "Discarded.");
  }

  @Test
  void aFormSubmittedInTheServerCarriesOnInADirectMessage() {
    FakeInteraction command = discord.slashCommand(900111, "Noor", discord.general(), "formbutton");
    FakeMessage offer = discord.awaitOriginal(command, m -> m.edits() > 0, WAIT);
    assertThat(offer.ephemeral()).isTrue();

    FakeInteraction open = press(900111, "Noor", offer, "Write it");
    FakeModal modal = discord.awaitModal(open, WAIT);
    assertThat(modal).isNotNull();
    assertThat(modal.title()).isEqualTo("Say it");
    FakeInteraction submit = discord.submitModal(900111, "Noor", open, "/help");

    FakeMessage pointer = discord.awaitOriginal(submit, m -> m.edits() > 0, WAIT);
    assertThat(submit.callbackType()).isEqualTo(FakeInteraction.DEFERRED_REPLY);
    assertThat(pointer.ephemeral()).isTrue();
    assertThat(pointer.plainText()).isEqualTo("I’ve sent you a direct message.");
    assertThat(awaitDm(900111, "What you can do here").plainText()).contains("/enroll");
  }

  private static FakeMessage awaitDm(long user, String containing) {
    return await("a direct message containing " + containing)
        .atMost(WAIT)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                discord.botMessagesIn(discord.dmChannelOf(user)).stream()
                    .filter(m -> m.plainText().contains(containing))
                    .reduce((first, later) -> later),
            Optional::isPresent)
        .orElseThrow();
  }

  private static FakeInteraction press(long user, String name, FakeMessage on, String label) {
    List<String> labels = on.buttonLabels().stream().flatMap(List::stream).toList();
    List<String> ids = on.buttonIds().stream().flatMap(List::stream).toList();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).startsWith(label)) {
        return discord.pressButton(user, name, on, ids.get(i));
      }
    }
    throw new AssertionError("no button " + label + " on " + on.plainText());
  }

  private static List<JsonNode> concat(JsonNode first, JsonNode second) {
    var all = new java.util.ArrayList<JsonNode>();
    first.forEach(all::add);
    second.forEach(all::add);
    return all;
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
