package org.deptbot.bot.tips;

import java.time.Duration;
import org.deptbot.core.staff.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tip settings ({@code deptbot.tips.*}). The tipster's chat is sealed with the reports' key ({@code
 * REPORTS_SEAL_KEY}), so one key guards every anonymous person the bot can reach.
 *
 * @param deskRole the role whose active members receive tips and triage them ({@code
 *     TIPS_DESK_ROLE})
 * @param perHour tips one chat account may send in an hour
 * @param maxContact the longest contact line a tipster may leave
 * @param remindUrgentEvery how often an urgent tip nobody has acknowledged goes to the desk again
 */
@ConfigurationProperties("deptbot.tips")
record TipProperties(
    @DefaultValue("DISPATCHER") Role deskRole,
    @DefaultValue("5") int perHour,
    @DefaultValue("200") int maxContact,
    @DefaultValue("5m") Duration remindUrgentEvery) {}
