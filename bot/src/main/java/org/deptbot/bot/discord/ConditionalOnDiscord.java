package org.deptbot.bot.discord;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Loads the annotated part of the Discord adapter only when {@code DEPTBOT_DISCORD_TOKEN} is set.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("!'${deptbot.discord.token:}'.isBlank()")
@interface ConditionalOnDiscord {}
