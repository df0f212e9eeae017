package org.deptbot.bot.chat;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot converses ({@code deptbot.chat.*}), for every platform alike.
 *
 * @param locale the language of the bot's replies
 * @param flowTimeout how long a guided conversation waits for the next answer (and an unclaimed
 *     upload for the report or tip it belongs to)
 * @param flood how many messages one person may send in a burst
 * @param retryUnhandledEvery how often updates whose replies could not be delivered (the platform
 *     unreachable or failing) are handled again while the bot runs
 * @param retryUnhandledFor how long such an update is tried again before it is given up and logged
 *     by its id
 */
@ConfigurationProperties("deptbot.chat")
public record ChatProperties(
    @DefaultValue("en") Locale locale,
    @DefaultValue("30m") Duration flowTimeout,
    @DefaultValue Flood flood,
    @DefaultValue("1m") Duration retryUnhandledEvery,
    @DefaultValue("1h") Duration retryUnhandledFor) {

  /**
   * @param burst messages a person may send at once before being asked to slow down
   * @param refillEvery one more message is allowed per this interval
   */
  public record Flood(@DefaultValue("8") int burst, @DefaultValue("2s") Duration refillEvery) {}
}
