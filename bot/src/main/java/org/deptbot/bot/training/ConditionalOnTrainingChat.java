package org.deptbot.bot.training;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Loads the annotated part of the training chat when {@code TRAINING_CHAT} is {@code on}, or when
 * it is {@code auto} (the default) and no platform token is configured.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression(
    "'${deptbot.training.enabled:auto}' == 'on' or ('${deptbot.training.enabled:auto}' == 'auto'"
        + " and '${deptbot.telegram.token:}'.isBlank() and '${deptbot.discord.token:}'.isBlank())")
@interface ConditionalOnTrainingChat {}
