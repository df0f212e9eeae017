package org.deptbot.bot.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings ({@code deptbot.reports.*}) for the bot. The seal key ({@code
 * deptbot.reports.seal-key}), which the console needs too, is in core's {@link
 * org.deptbot.core.config.DeptbotProperties.Reports}: required once a platform token is set; unset
 * with the training chat alone, a random key per start (fine for a demo only).
 *
 * @param perHour reports one person may submit in an hour
 * @param anonymousTo where anonymous reports go ({@code DEPTBOT_REPORTS_ANONYMOUS_TO}): {@code
 *     INTERNAL_AFFAIRS}, {@code SUBJECT_CHAIN} or a staff id; see {@link
 *     org.deptbot.core.reports.ReportRouting#routeAnonymous}
 * @param conflictsToInternalAffairs reports about someone in the reporter's chain go straight to
 *     internal affairs
 * @param responseTime what the receipt promises for a first response
 * @param ackReminder an unacknowledged case reminds its handler after this
 * @param ackEscalation an unacknowledged case goes one level up after this
 */
@ConfigurationProperties("deptbot.reports")
record ReportProperties(
    @DefaultValue("5") int perHour,
    @DefaultValue("INTERNAL_AFFAIRS") String anonymousTo,
    @DefaultValue("false") boolean conflictsToInternalAffairs,
    @DefaultValue("24 hours") String responseTime,
    @DefaultValue("4h") java.time.Duration ackReminder,
    @DefaultValue("24h") java.time.Duration ackEscalation) {}
