package org.deptbot.bot.discord;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Discord settings ({@code deptbot.discord.*}, from the environment).
 *
 * @param token {@code DEPTBOT_DISCORD_TOKEN}; blank switches the adapter off
 * @param guildId {@code DEPTBOT_DISCORD_GUILD_ID}, the department's server, where the slash
 *     commands are registered; blank registers them globally (they then take up to an hour to
 *     appear)
 * @param apiUrl {@code DEPTBOT_DISCORD_API_URL}, the REST base address ending in {@code /api/v10/}
 * @param gatewayUrl {@code DEPTBOT_DISCORD_GATEWAY_URL}, the gateway's websocket address
 * @param gatewayCompression {@code DEPTBOT_DISCORD_GATEWAY_COMPRESSION}: whether the gateway stream
 *     is zlib compressed (Discord's default; a local fake sends plain JSON)
 * @param privateCommands commands that are carried on in a direct message when used in a server
 *     channel, besides every staff-only command (which always are)
 */
@ConfigurationProperties("deptbot.discord")
public record DiscordProperties(
    String token,
    String guildId,
    @DefaultValue("https://discord.com/api/v10/") String apiUrl,
    @DefaultValue("wss://gateway.discord.gg/") String gatewayUrl,
    @DefaultValue("true") boolean gatewayCompression,
    @DefaultValue({"enroll", "subscribe", "unsubscribe", "subscriptions"})
        List<String> privateCommands) {

  public DiscordProperties {
    guildId = guildId == null ? "" : guildId.strip();
    if (!guildId.isEmpty() && !guildId.matches("\\d{1,20}")) {
      throw new IllegalArgumentException(
          "DEPTBOT_DISCORD_GUILD_ID must be the server's numeric id, not " + guildId);
    }
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    privateCommands = privateCommands == null ? List.of() : List.copyOf(privateCommands);
  }

  /** Whether the commands go to one server rather than everywhere the bot is. */
  boolean hasGuild() {
    return !guildId.isEmpty();
  }
}
