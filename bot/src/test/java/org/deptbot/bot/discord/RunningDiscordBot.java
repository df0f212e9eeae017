package org.deptbot.bot.discord;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fake Discord and the bot connected to it, started once for every test class that extends with
 * this and closed when all tests are done: starting the application is the slow part.
 */
final class RunningDiscordBot implements BeforeAllCallback {

  static final String TOKEN = "fake-discord-token";
  static final Duration WAIT = Duration.ofSeconds(15);

  /** A second announcement channel, whose hourly publishing limit one test uses up. */
  static final long PRESS_CHANNEL = 510000000000000001L;

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningDiscordBot.class);
  private static volatile Running running;

  /** The fake and the bot, closed together. */
  private record Running(FakeDiscord discord, ConfigurableApplicationContext bot)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      bot.close();
      discord.close();
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

  static FakeDiscord discord() {
    return running.discord();
  }

  static ConfigurableApplicationContext bot() {
    return running.bot();
  }

  private static Running start() {
    FakeDiscord discord = FakeDiscord.start(TOKEN, "riverton_pd");
    discord.addChannel(PRESS_CHANNEL, "press", true);
    Path dataDir = Path.of("target", "it-data", "discord-" + UUID.randomUUID()).toAbsolutePath();
    ConfigurableApplicationContext bot =
        new SpringApplication(BotApplication.class, DiscordTestCommands.class)
            .run(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
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
    discord.awaitCommands(WAIT);
    return new Running(discord, bot);
  }
}
