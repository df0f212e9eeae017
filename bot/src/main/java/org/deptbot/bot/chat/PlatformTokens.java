package org.deptbot.bot.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the bot talks to a real chat platform: the same {@code deptbot.telegram.token} and {@code
 * deptbot.discord.token} each adapter reads, seen from outside the adapters (which switch off when
 * theirs is blank), for settings that must be stricter once real people can write in.
 *
 * @param telegram {@code deptbot.telegram.*}, of which only the token is read here
 * @param discord {@code deptbot.discord.*}, of which only the token is read here
 */
@ConfigurationProperties("deptbot")
public record PlatformTokens(@DefaultValue Token telegram, @DefaultValue Token discord) {

  /**
   * @param token the platform's bot token ({@code DEPTBOT_TELEGRAM_TOKEN}, {@code
   *     DEPTBOT_DISCORD_TOKEN}); blank switches that platform off
   */
  public record Token(@DefaultValue("") String token) {

    boolean set() {
      return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
      return set() ? "Token[set]" : "Token[blank]";
    }
  }

  /** Whether Telegram or Discord is switched on. */
  public boolean anySet() {
    return telegram.set() || discord.set();
  }
}
