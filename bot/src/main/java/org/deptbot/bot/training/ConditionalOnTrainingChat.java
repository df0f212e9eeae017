package org.deptbot.bot.training;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Loads the annotated part of the training chat when {@code DEPTBOT_TRAINING_ENABLED} is {@code
 * on}, or when it is {@code auto} (the default) and no platform token is configured; only on a
 * loopback address unless forced (see {@link TrainingChatSwitch}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(TrainingChatSwitch.class)
@interface ConditionalOnTrainingChat {}
