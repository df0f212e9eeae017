package org.deptbot.bot.discord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import okhttp3.OkHttpClient;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.delivery.SendBudgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The Discord bot's life: at start it logs in (a refused token stops the application with a clear
 * message) and connects to the gateway asking for direct messages only (server messages are not
 * read: people use slash commands there, and a DM's text needs no privileged intent); once the
 * session is ready it registers the slash commands and handles what a crash left behind.
 */
class DiscordBot implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  private final DiscordProperties properties;
  private final DiscordClient client;
  private final DiscordEvents events;
  private final DiscordCommandMenu menu;
  private final ChatIngress ingress;
  private final DiscordSender sender;
  private final ExecutorService handling;
  private final SendBudgets budgets;
  private volatile boolean running;

  DiscordBot(
      DiscordProperties properties,
      DiscordClient client,
      DiscordEvents events,
      DiscordCommandMenu menu,
      ChatIngress ingress,
      DiscordSender sender,
      ExecutorService handling,
      SendBudgets budgets) {
    this.properties = properties;
    this.client = client;
    this.events = events;
    this.menu = menu;
    this.ingress = ingress;
    this.sender = sender;
    this.handling = handling;
    this.budgets = budgets;
  }

  @Override
  public void start() {
    try {
      JDA jda =
          JDABuilder.createLight(properties.token(), GatewayIntent.DIRECT_MESSAGES)
              .setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl()))
              .setSessionController(new GatewayAt(properties.gatewayUrl()))
              // every API request counts against the bot's global limit, with every other bot's
              .setHttpClientBuilder(
                  new OkHttpClient.Builder().addInterceptor(new BudgetedRequests(budgets)))
              .setCompression(properties.gatewayCompression() ? Compression.ZLIB : Compression.NONE)
              .addEventListeners(events, new WhenReady())
              .build();
      client.connectedAs(jda);
      running = true;
      log.info("Discord: logged in as {}, connecting to the gateway", jda.getSelfUser().getName());
    } catch (InvalidTokenException e) {
      throw new IllegalStateException(
          "Discord refused the bot token at start-up. Check DEPTBOT_DISCORD_TOKEN.", e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Discord could not be reached at start-up ("
              + e.getMessage()
              + "). Check DEPTBOT_DISCORD_API_URL and the network.",
          e);
    }
  }

  /**
   * Finishes the updates already queued first, while JDA can still deliver their replies through
   * their interactions, then shuts JDA down. An update that arrives meanwhile is stored and left
   * for the next start.
   */
  @Override
  public void stop() {
    running = false;
    handling.shutdown();
    try {
      if (!handling.awaitTermination(20, TimeUnit.SECONDS)) {
        log.warn("Discord: queued updates were still being handled at shutdown; resumed at start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (client.started()) {
      JDA jda = client.jda();
      jda.shutdown();
      try {
        if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
          jda.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Once the guilds are loaded: the command menu, then what a crash left unhandled. */
  private final class WhenReady extends ListenerAdapter {
    @Override
    public void onReady(ReadyEvent event) {
      log.info("Discord: gateway session ready in {} server(s)", event.getGuildTotalCount());
      menu.publish(event.getJDA(), properties.guildId());
      handling.execute(() -> ingress.resume(sender));
    }
  }

  /** The gateway address; a single JDA session asks its session controller rather than Discord. */
  private static final class GatewayAt extends SessionControllerAdapter {
    private final String url;

    GatewayAt(String url) {
      this.url = url;
    }

    @Override
    public String getGateway() {
      return url;
    }
  }
}
