package org.deptbot.bot.telegram;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Loads the annotated part of the Telegram adapter only when {@code DEPTBOT_TELEGRAM_TOKEN} is set.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("!'${deptbot.telegram.token:}'.isBlank()")
@interface ConditionalOnTelegram {}
