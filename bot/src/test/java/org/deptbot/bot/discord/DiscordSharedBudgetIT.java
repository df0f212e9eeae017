package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two bots on one database with one Discord bot token, against a fake that enforces Discord's
 * global limit (50 requests a second per bot, over every connection): a broadcast to subscribers'
 * direct messages (each a message and, first, opening the DM) while people write to the bots, whose
 * replies go out by DM too. JDA keeps the per-route limits; every request of both bots is counted
 * in the one budget they share through the database.
 */
class DiscordSharedBudgetIT {

  private static final String TOKEN = "fake-discord-token";
  private static final long FIRST_SUBSCRIBER = 720000000000000001L;
  private static final long FIRST_PERSON = 730000000000000001L;
  private static final long ALERTS = 510000000000000099L;

  private final String database = TestMongo.newDatabaseName();
  private final FakeDiscord discord = FakeDiscord.start(TOKEN, "riverton_pd");
  private final List<ConfigurableApplicationContext> bots = new ArrayList<>();

  @AfterEach
  void stop() {
    bots.forEach(ConfigurableApplicationContext::close);
    discord.close();
  }

  @Test
  void twoBotsBroadcastingAndReplyingByDirectMessageStayWithinTheGlobalLimit() {
    MongoTemplate mongo = TestMongo.database(database);
    Subscribers subscribers = new Subscribers(mongo, Clock.systemUTC());
    for (long user = FIRST_SUBSCRIBER; user < FIRST_SUBSCRIBER + 150; user++) {
      discord.addMember(user, "member" + user);
      subscribers.subscribe(
          ChatPlatform.DISCORD, String.valueOf(user), List.of(NoticeCategory.ROAD_CLOSURE));
    }
    var channel = discord.addChannel(ALERTS, "alerts", false); // a plain text channel
    start();
    start();
    discord.awaitCommands(Duration.ofSeconds(30));

    // the department's channel (a notice needs one) is saved once the seed is imported
    new Channels(mongo)
        .save(
            new Channel(
                "discord-alerts",
                ChatPlatform.DISCORD,
                String.valueOf(channel.id()),
                "alerts",
                Set.of(NoticeCategory.values())));
    issue(mongo, "N-1");
    for (long person = FIRST_PERSON; person < FIRST_PERSON + 10; person++) {
      discord.userSendsDm(person, "person" + person, "/help");
    }
    Deliveries deliveries = new Deliveries(mongo);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(
                        deliveries.ofNotice("N-1").stream()
                            .collect(
                                java.util.stream.Collectors.groupingBy(
                                    d ->
                                        d.state() == DeliveryState.SENT
                                            ? "SENT"
                                            : d.state() + " " + d.lastError(),
                                    java.util.stream.Collectors.counting())))
                    .as("deliveries by state")
                    .containsExactly(Map.entry("SENT", 151L)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              for (long person = FIRST_PERSON; person < FIRST_PERSON + 10; person++) {
                if (discord.botMessagesIn(discord.dmChannelOf(person)).isEmpty()) {
                  return false;
                }
              }
              return true;
            });

    System.out.printf(
        "DiscordSharedBudgetIT: %d requests under the global limit, %d refused over it%n",
        discord.globalLimitRequests(), discord.globalLimitViolations());
    assertThat(discord.globalLimitViolations()).as("requests over 50 a second").isZero();
    for (long user = FIRST_SUBSCRIBER; user < FIRST_SUBSCRIBER + 150; user++) {
      assertThat(discord.botMessagesIn(discord.dmChannelOf(user))).as("DMs to " + user).hasSize(1);
    }
    assertThat(discord.botMessagesIn(channel)).hasSize(1);
  }

  private void issue(MongoTemplate mongo, String id) {
    Instant now = Instant.now();
    Template template =
        Template.draft(
                "road_closure",
                NoticeCategory.ROAD_CLOSURE,
                "Road closure: {{street}}",
                "{{street}} is closed.",
                List.of(TemplateVariable.required("street", "Street", VariableType.LOCATION)),
                Severity.MINOR,
                Urgency.FUTURE,
                Duration.ofHours(12),
                List.of(),
                "s-060",
                now)
            .submit("s-060", now)
            .approve("s-010", null, now);
    new Notices(mongo, Clock.systemUTC())
        .add(
            Notice.issue(
                id,
                template,
                Map.of("street", "Main St"),
                List.of("discord-alerts"),
                NoticeMode.LIVE,
                "s-050",
                now));
  }

  private void start() {
    ConfigurableApplicationContext bot =
        new SpringApplication(BotApplication.class)
            .run(
                "--deptbot.storage.mongodb-uri=" + TestMongo.connectionString(),
                "--deptbot.storage.database=" + database,
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=",
                "--deptbot.discord.token=" + TOKEN,
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                "--deptbot.discord.guild-id=" + discord.guildId(),
                "--deptbot.discord.api-url=" + discord.apiUrl(),
                "--deptbot.discord.gateway-url=" + discord.gatewayUrl(),
                "--deptbot.discord.gateway-compression=false",
                "--deptbot.chat.flood.burst=1000",
                "--server.port=0");
    bots.add(bot);
  }
}
