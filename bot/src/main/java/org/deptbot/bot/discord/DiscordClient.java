package org.deptbot.bot.discord;

import net.dv8tion.jda.api.JDA;

/**
 * The running JDA client, once {@link DiscordBot} has logged in; shared by the sender, the notice
 * poster and the health check.
 */
final class DiscordClient {

  private volatile JDA jda;

  void connectedAs(JDA jda) {
    this.jda = jda;
  }

  /** The client; fails when the bot has not started. */
  JDA jda() {
    JDA current = jda;
    if (current == null) {
      throw new IllegalStateException("The Discord bot has not started");
    }
    return current;
  }

  boolean started() {
    return jda != null;
  }

  /** Whether the gateway session is up, so the guilds and channels are known. */
  boolean connected() {
    JDA current = jda;
    return current != null && current.getStatus() == JDA.Status.CONNECTED;
  }
}
