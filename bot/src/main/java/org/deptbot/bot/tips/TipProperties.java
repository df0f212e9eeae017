package org.deptbot.bot.tips;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tip settings ({@code deptbot.tips.*}). The tipster's chat is sealed with the reports' key ({@code
 * DEPTBOT_REPORTS_SEAL_KEY}), so one key guards every anonymous person the bot can reach.
 *
 * <p>The tips desk's role ({@code deptbot.tips.desk-role}, {@code DEPTBOT_TIPS_DESK_ROLE}) is read
 * once, in core's {@link org.deptbot.core.tips.TipAccess}, for chat and console alike.
 *
 * @param perHour tips one chat account may send in an hour
 * @param maxContact the longest contact line a tipster may leave
 * @param remindUrgentEvery how often an urgent tip nobody has acknowledged goes to the desk again
 */
@ConfigurationProperties("deptbot.tips")
record TipProperties(
    @DefaultValue("5") int perHour,
    @DefaultValue("200") int maxContact,
    @DefaultValue("5m") Duration remindUrgentEvery) {}
