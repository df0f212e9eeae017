package org.deptbot.bot.scenarios;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.discord.fake.FakeChannel;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One bot serving Telegram, Discord and the training chat at once, with the fakes it talks to,
 * started for the first test class that extends with this and closed after the last: every scenario
 * class shares it, as starting the application is the slow part. The fakes know the example seed's
 * channels, so notices are posted everywhere a department's would be.
 */
final class RunningBots implements BeforeAllCallback {

  static final long TG_ALERTS = -1001000000001L;
  static final long TG_TRAFFIC = -1001000000002L;
  static final long DC_ANNOUNCEMENTS = 500000000000000001L;
  static final long DC_COMMUNITY = 500000000000000002L;

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningBots.class);
  private static volatile Running running;

  /** The fakes and the bot, closed together. */
  record Running(
      FakeTelegram telegram,
      FakeDiscord discord,
      FakeChannel announcements,
      ConfigurableApplicationContext bot)
      implements ExtensionContext.Store.CloseableResource {

    int port() {
      return Integer.parseInt(bot.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
      bot.close();
      discord.close();
      telegram.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
  }

  static Running running() {
    return running;
  }

  private static Running start() {
    FakeTelegram telegram = FakeTelegram.start("123456:TEST-token", "riverton_pd_bot");
    telegram.createGroup(TG_ALERTS, "Riverton PD Alerts");
    telegram.createGroup(TG_TRAFFIC, "Riverton Traffic & Weather");
    FakeDiscord discord = FakeDiscord.start("fake-discord-token", "riverton_pd");
    FakeChannel announcements = discord.addChannel(DC_ANNOUNCEMENTS, "announcements", true);
    discord.addChannel(DC_COMMUNITY, "community-safety", false);
    Path dataDir = Path.of("target", "it-data", "scenarios-" + UUID.randomUUID()).toAbsolutePath();
    ConfigurableApplicationContext bot =
        new SpringApplication(BotApplication.class)
            .run(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=" + telegram.token(),
                "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
                "--deptbot.discord.token=fake-discord-token",
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                // the department names Sgt. Reyes as its desk for anonymous reports
                "--deptbot.reports.anonymous-to=s-030",
                "--deptbot.discord.guild-id=" + discord.guildId(),
                "--deptbot.discord.api-url=" + discord.apiUrl(),
                "--deptbot.discord.gateway-url=" + discord.gatewayUrl(),
                "--deptbot.discord.gateway-compression=false",
                "--deptbot.training.enabled=on",
                "--deptbot.chat.flood.burst=1000",
                "--server.port=0");
    discord.awaitCommands(ChatDriver.WAIT);
    // nobody in the seed dispatches on Discord: link an account as enrollment would
    bot.getBean(ChatLinks.class)
        .relink(
            ChatLink.of(
                new ChatIdentity(ChatPlatform.DISCORD, Long.toString(DiscordDriver.DISPATCHER)),
                "s-050",
                Instant.now(),
                ChatLink.Source.ENROLLMENT));
    // nor does Officer Aisha Bello (s-041), whose sergeant s-040 is on Discord
    bot.getBean(ChatLinks.class)
        .relink(
            ChatLink.of(
                new ChatIdentity(ChatPlatform.DISCORD, "400000000000000041"),
                "s-041",
                Instant.now(),
                ChatLink.Source.ENROLLMENT));
    return new Running(telegram, discord, announcements, bot);
  }
}
