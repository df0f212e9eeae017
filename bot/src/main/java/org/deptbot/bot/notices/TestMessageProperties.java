package org.deptbot.bot.notices;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled test messages' setting ({@code deptbot.notices.test-messages.*}).
 *
 * @param enabled whether the round sends the seed file's test messages when they are due ({@code
 *     DEPTBOT_NOTICES_TEST_MESSAGES_ENABLED}); the bot's own tests turn it off, since their shared
 *     contexts run on the real clock with the example seed, and drive the round themselves
 */
@ConfigurationProperties("deptbot.notices.test-messages")
record TestMessageProperties(@DefaultValue("true") boolean enabled) {}
