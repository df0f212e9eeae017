package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeFile;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.templates.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DiscordNoticePoster} against the fake: one attempt per call, with Discord's answers turned
 * into outcomes the delivery engine acts on. Shares the running bot with {@link DiscordIT}.
 */
@ExtendWith(RunningDiscordBot.class)
class DiscordNoticePosterIT {

  private static final Duration WAIT = RunningDiscordBot.WAIT;
  private static FakeDiscord discord;
  private static NoticePoster poster;

  @BeforeAll
  static void connect() {
    discord = RunningDiscordBot.discord();
    poster = RunningDiscordBot.bot().getBean(DiscordNoticePoster.class);
  }

  @AfterEach
  void nothingWasAskedThatDiscordWouldNotServe() {
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void aRateLimitedNoticeComesBackAsRetryAfterWithoutWaiting() {
    discord.rateLimitNext("POST", "channels/\\d+/messages", 2, 1);

    PostOutcome outcome =
        poster.post(
            RecipientKind.CHANNEL,
            Long.toString(discord.general().id()),
            DiscordTestCommands.missingPerson());

    assertThat(outcome).isEqualTo(new PostOutcome.RetryAfter(Duration.ofSeconds(2)));
    assertThat(discord.botMessagesIn(discord.general())).noneMatch(m -> m.embeds().size() > 0);
  }

  @Test
  void aChannelTheBotCannotSeeFailsThePostPermanentlyWithAReasonForTheIssuer() {
    discord.failNext("POST", "channels/\\d+/messages", 403, 50001, "Missing Access");

    PostOutcome outcome =
        poster.post(
            RecipientKind.CHANNEL,
            Long.toString(discord.general().id()),
            DiscordTestCommands.missingPerson());

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

    PostOutcome outcome =
        poster.post(RecipientKind.SUBSCRIBER, "900108", DiscordTestCommands.missingPerson());

    assertThat(outcome).isInstanceOf(PostOutcome.Permanent.class);
    assertThat(((PostOutcome.Permanent) outcome).recipientGone()).isTrue();
  }

  @Test
  void anAnnouncementPostIsPublishedOnceEvenWhenPublishingIsRepeated() {
    String channel = Long.toString(discord.announcements().id());
    var posted =
        (PostOutcome.Posted)
            poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());
    assertThat(posted.toPublish()).isTrue();
    int before = discord.crosspostsMade();

    assertThat(poster.publish(channel, posted.messageId()))
        .isEqualTo(new PostOutcome.Posted(posted.messageId()));
    assertThat(poster.publish(channel, posted.messageId()))
        .as("published already, as after a crash before it was recorded")
        .isEqualTo(new PostOutcome.Posted(posted.messageId()));

    assertThat(discord.message(Long.parseLong(posted.messageId())).crossposted()).isTrue();
    assertThat(discord.crosspostsMade()).isEqualTo(before + 1);
  }

  @Test
  void aPostInAPlainTextChannelIsNotToBePublishedAndPublishingItIsRefused() {
    String channel = Long.toString(discord.general().id());
    var posted =
        (PostOutcome.Posted)
            poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());

    assertThat(posted.toPublish()).isFalse();
    assertThat(poster.publish(channel, posted.messageId()))
        .isEqualTo(
            new PostOutcome.Permanent(
                "That Discord channel is not an announcement channel, so no other server follows"
                    + " it.",
                false));
  }

  @Test
  void theEleventhPublishingOfTheHourInAChannelWaitsForDiscordsLimitWithoutWaitingHere() {
    String channel = Long.toString(RunningDiscordBot.PRESS_CHANNEL);
    for (int i = 0; i < 10; i++) {
      var posted =
          (PostOutcome.Posted)
              poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());
      assertThat(poster.publish(channel, posted.messageId()))
          .isInstanceOf(PostOutcome.Posted.class);
    }
    var eleventh =
        (PostOutcome.Posted)
            poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());

    PostOutcome outcome = poster.publish(channel, eleventh.messageId());

    assertThat(outcome).isInstanceOf(PostOutcome.RetryAfter.class);
    assertThat(((PostOutcome.RetryAfter) outcome).delay())
        .as("until the hour's first publishing is an hour old")
        .isGreaterThan(Duration.ofMinutes(55))
        .isLessThanOrEqualTo(Duration.ofHours(1));
    assertThat(discord.message(Long.parseLong(eleventh.messageId())).crossposted()).isFalse();
  }

  @Test
  void aNoticeIsEditedInPlaceAndDeletedWithItsPhoto() {
    String channel = Long.toString(discord.general().id());
    var posted =
        (PostOutcome.Posted)
            poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());
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

    assertThat(poster.edit(RecipientKind.CHANNEL, channel, posted.messageId(), found))
        .isEqualTo(posted);
    assertThat(discord.message(id).embeds().get(0).path("title").asText())
        .isEqualTo("FOUND: Jordan Reyes");
    assertThat(discord.message(id).files()).isEmpty();

    assertThat(poster.delete(RecipientKind.CHANNEL, channel, posted.messageId())).isEqualTo(posted);
    assertThat(discord.message(id).deleted()).isTrue();
    assertThat(poster.delete(RecipientKind.CHANNEL, channel, posted.messageId()))
        .as("gone already")
        .isEqualTo(posted);
    assertThat(poster.edit(RecipientKind.CHANNEL, channel, posted.messageId(), found))
        .isInstanceOf(PostOutcome.NotEditable.class);
  }

  @Test
  void aChannelOfAServerBrieflyUnavailableFailsForNowAndIsPostedOnceItIsBack() {
    JDA jda = RunningDiscordBot.bot().getBean(DiscordClient.class).jda();
    String channel = Long.toString(discord.general().id());
    int callsBefore = discord.calls().size();
    try {
      discord.serverOutage();
      await().atMost(WAIT).until(() -> !jda.getUnavailableGuilds().isEmpty());

      PostOutcome outcome =
          poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson());

      assertThat(outcome)
          .as("a failure for now, not the recipient gone")
          .isEqualTo(
              new PostOutcome.Transient(
                  "The Discord server of that channel is out of reach for now (an outage at"
                      + " Discord); the post will be tried again."));
      assertThat(discord.calls().subList(callsBefore, discord.calls().size()))
          .as("the channel's id is not taken for a user's")
          .noneMatch(call -> call.startsWith("POST users/@me/channels"));
    } finally {
      discord.serverBack();
      await().atMost(WAIT).until(() -> jda.getUnavailableGuilds().isEmpty());
    }

    assertThat(poster.post(RecipientKind.CHANNEL, channel, DiscordTestCommands.missingPerson()))
        .isInstanceOf(PostOutcome.Posted.class);
  }

  @Test
  void aSubscriberIdIsNeverTakenForAChannel() {
    // the id of a channel the bot sees, given as a subscriber's: a DM is opened, nothing is
    // posted in the channel
    int inChannel = discord.botMessagesIn(discord.general()).size();

    PostOutcome outcome =
        poster.post(
            RecipientKind.SUBSCRIBER,
            Long.toString(discord.general().id()),
            DiscordTestCommands.missingPerson());

    assertThat(outcome).isInstanceOf(PostOutcome.Permanent.class);
    assertThat(((PostOutcome.Permanent) outcome).recipientGone()).isTrue();
    assertThat(discord.botMessagesIn(discord.general())).hasSize(inChannel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jordan Smith.png", "Zoë.png"})
  void aPhotoWhoseNameDiscordWouldRefuseInAnEmbedIsUploadedUnderAGeneratedName(String name) {
    NoticePost post =
        new NoticePost(
            DiscordTestCommands.missingPerson().text(),
            new Image(name, "image/png", DiscordTestCommands.PNG));

    PostOutcome outcome =
        poster.post(RecipientKind.CHANNEL, Long.toString(discord.general().id()), post);

    assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
    FakeMessage message =
        discord.message(Long.parseLong(((PostOutcome.Posted) outcome).messageId()));
    assertThat(message.files()).extracting(FakeFile::fileName).containsExactly("photo-1.png");
    assertThat(message.embeds().get(0).at("/image/url").asText())
        .isEqualTo("attachment://photo-1.png");
  }
}
