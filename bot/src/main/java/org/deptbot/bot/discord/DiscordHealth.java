package org.deptbot.bot.discord;

import net.dv8tion.jda.api.JDA;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the bot's gateway session is up. JDA keeps the session alive with heartbeats, so this
 * reads its status and ping and asks Discord nothing.
 */
class DiscordHealth extends AbstractHealthIndicator {

  private final DiscordClient client;

  DiscordHealth(DiscordClient client) {
    super("Discord health check failed");
    this.client = client;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    if (!client.started()) {
      builder.unknown().withDetail("status", "not started");
      return;
    }
    JDA jda = client.jda();
    JDA.Status status = jda.getStatus();
    if (status == JDA.Status.CONNECTED) {
      builder
          .up()
          .withDetail("bot", "@" + jda.getSelfUser().getName())
          .withDetail("servers", jda.getGuilds().size())
          .withDetail("gatewayPingMs", jda.getGatewayPing());
    } else {
      builder.down().withDetail("status", status.name());
    }
  }
}
