package org.deptbot.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.deptbot.bot.discord.fake.FakeChannel;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.bot.scenarios.ChatDriver.Person;
import org.deptbot.bot.scenarios.ChatDriver.Reply;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.Publishing;
import org.deptbot.core.delivery.RecipientKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A notice's way to the department's Discord channel, the whole length: a dispatcher issues it in a
 * Discord DM, the delivery engine posts it as an embed to the seeded announcement channel and
 * publishes it, and an update and a cancellation edit that embed in place.
 */
@ExtendWith(RunningBots.class)
class DiscordChannelNoticesIT {

  private final FakeDiscord discord = RunningBots.running().discord();
  private final FakeChannel announcements = RunningBots.running().announcements();
  private final ChatDriver chat = new DiscordDriver(discord);
  private final Person dispatcher = chat.dispatcher();

  @AfterEach
  void nothingWasAskedThatDiscordWouldNotServe() {
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void aNoticeReachesTheSeededChannelAsAnEmbedAndUpdatesEditItInPlace() {
    // GIVEN a road closure the dispatcher issued in a DM
    String id = issue("/notice road_closure street=\"Pine Rd at 9th\" reason=\"for utility work\"");

    // THEN the announcement channel has it once, as a published embed
    FakeMessage post = awaitPost(id, e -> e.path("title").asText().contains("Pine Rd"));
    JsonNode embed = post.embeds().get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Road closure: Pine Rd at 9th");
    assertThat(embed.path("description").asText()).contains("Pine Rd at 9th is closed");
    assertThat(embed.at("/footer/text").asText()).contains(id, "dial 911");
    ChatDriver.await(post::crossposted, Boolean::booleanValue, "the post was not published");
    assertThat(postsOf(id)).hasSize(1);

    // WHEN the dispatcher moves the closure
    confirm("/notice_update " + id + " street=\"Cedar Rd at 9th\"", "Confirm: edit every post");

    // THEN the same message shows the new street with an UPDATED line
    awaitPost(id, e -> e.path("title").asText().contains("Cedar Rd"));
    assertThat(discord.message(post.id()).embeds().get(0).path("description").asText())
        .contains("UPDATED", "Cedar Rd at 9th is closed");

    // WHEN the dispatcher cancels it
    confirm("/notice_cancel " + id, "Cancel the notice");

    // THEN the same message says CANCELLED, and nothing new was posted for it
    awaitPost(id, e -> e.path("description").asText().contains("CANCELLED"));
    assertThat(postsOf(id)).extracting(FakeMessage::id).containsExactly(post.id());
  }

  @Test
  void aNoticeWhosePublishingDiscordHoldsBackIsPublishedOnceWhenTheHourAllows() {
    // GIVEN the channel published its ten for the hour, the first of them almost an hour ago
    discord.crosspostedEarlier(announcements, 10, Duration.ofMinutes(59).plusSeconds(45));
    int before = discord.crosspostsMade();

    // WHEN a notice is issued to it
    String id = issue("/notice road_closure street=\"Oak St at 3rd\" reason=\"for a parade\"");

    // THEN it is posted, its sharing waits in the delivery record for Discord's limit, and both
    // the issuer's receipt and /notice_status say so with the time it tries again
    FakeMessage post = awaitPost(id, e -> e.path("title").asText().contains("Oak St"));
    Deliveries deliveries = RunningBots.running().bot().getBean(Deliveries.class);
    String deliveryId = Delivery.idOf(id, 1, RecipientKind.CHANNEL, "dc-announcements");
    ChatDriver.await(
        () -> deliveries.byId(deliveryId).map(Delivery::publishing).orElse(null),
        p -> p != null && p.state() == Publishing.State.WAITING && p.rateLimited(),
        "the publishing did not wait for Discord's limit");
    assertThat(post.crossposted()).isFalse();
    String waiting =
        "#announcements \\(Discord\\): posted; shared to following servers: waiting"
            + " \\(Discord limit\\), retry at .*\\d{2}:\\d{2} [A-Z]{2,5}";
    Reply receipt = chat.awaitReply(dispatcher, r -> r.text().contains("Delivery of " + id));
    assertThat(receipt.text()).containsPattern(waiting);
    chat.say(dispatcher, "/notice_status " + id);
    Reply status = chat.awaitReply(dispatcher, r -> r.text().contains("Delivery of " + id));
    assertThat(status.text()).containsPattern(waiting);

    // THEN once Discord allows it the post is published, once
    ChatDriver.await(
        () -> discord.message(post.id()).crossposted(),
        Boolean::booleanValue,
        "the post was not published after the wait");
    assertThat(discord.crosspostsMade()).isEqualTo(before + 1);
    ChatDriver.await(
        () -> deliveries.byId(deliveryId).map(Delivery::publishing).orElseThrow().state(),
        Publishing.State.PUBLISHED::equals,
        "the delivery record did not show the post as shared");
  }

  @Test
  void aNoticeDiscordWillNotLetTheBotPublishIsReportedAsPostedButNotShared() {
    // GIVEN Discord refuses the next publishing for good (the bot lost access meanwhile)
    discord.failNext("POST", "channels/\\d+/messages/\\d+/crosspost", 403, 50001, "Missing Access");

    // WHEN a notice is issued
    String id = issue("/notice road_closure street=\"Elm St at 2nd\" reason=\"for repaving\"");

    // THEN it stays posted, and the issuer's receipt says it was not shared, and why
    FakeMessage post = awaitPost(id, e -> e.path("title").asText().contains("Elm St"));
    Reply receipt = chat.awaitReply(dispatcher, r -> r.text().contains("Delivery of " + id));
    assertThat(receipt.text())
        .contains(
            "#announcements (Discord): posted, but not shared to following servers. The bot"
                + " cannot see that Discord channel");
    assertThat(discord.message(post.id()).crossposted()).isFalse();
    assertThat(discord.message(post.id()).deleted()).isFalse();
  }

  private String issue(String command) {
    chat.say(dispatcher, command);
    Reply preview = chat.awaitReply(dispatcher, r -> r.hasButton("Confirm"));
    assertThat(chat.press(dispatcher, preview, "Confirm")).isTrue();
    Reply posted = chat.awaitReply(dispatcher, r -> r.text().startsWith("Posted as N-"));
    return posted.text().substring("Posted as ".length()).split("\\.")[0];
  }

  private void confirm(String command, String button) {
    chat.say(dispatcher, command);
    Reply control = chat.awaitReply(dispatcher, r -> r.hasButton(button));
    assertThat(chat.press(dispatcher, control, button)).isTrue();
  }

  /** The channel's one post of notice {@code id}, once its embed matches. */
  private FakeMessage awaitPost(String id, Predicate<JsonNode> embed) {
    List<FakeMessage> posts =
        ChatDriver.await(
            () -> postsOf(id),
            l -> l.size() == 1 && embed.test(l.get(0).embeds().path(0)),
            "the channel post of " + id + " did not show as expected");
    return posts.get(0);
  }

  private List<FakeMessage> postsOf(String id) {
    return discord.botMessagesIn(announcements).stream()
        .filter(m -> m.embeds().toString().contains("Notice " + id))
        .toList();
  }
}
