package org.deptbot.admin.feed;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public feed's settings ({@code deptbot.feed.*}), which staff's CAP documents share.
 *
 * @param sender the CAP sender id, such as the department's web domain (no spaces or commas)
 * @param baseUrl where the public reaches this feed, for the links inside it; empty means the
 *     address the request came to
 * @param timeZone the department's time zone, for CAP times (never {@code Z})
 */
@ConfigurationProperties("deptbot.feed")
public record FeedProperties(
    @DefaultValue("deptbot.local") String sender,
    @DefaultValue("") String baseUrl,
    @DefaultValue("UTC") ZoneId timeZone) {}
