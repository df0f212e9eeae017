package org.deptbot.admin.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Console sign-in settings ({@code deptbot.console.*}).
 *
 * @param bootstrapPassword the first administrator's password ({@code
 *     DEPTBOT_CONSOLE_BOOTSTRAP_PASSWORD}); blank: a one-time password is printed in the log.
 *     Either must be changed at first sign-in
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockFor how long a locked account stays locked
 * @param oidcStaffClaim with single sign-on, the ID token claim that holds the staff id
 */
@ConfigurationProperties("deptbot.console")
public record ConsoleProperties(
    @DefaultValue("") String bootstrapPassword,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockFor,
    @DefaultValue("preferred_username") String oidcStaffClaim) {}
