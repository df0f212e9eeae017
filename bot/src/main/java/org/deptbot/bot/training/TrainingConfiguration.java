package org.deptbot.bot.training;

import java.time.Clock;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training chat, on when no platform token is configured (or DEPTBOT_TRAINING_ENABLED=on). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTrainingChat
class TrainingConfiguration {

  @Bean
  TrainingPersonas trainingPersonas(
      StaffMembers staff, ChatLinks links, Clock clock, Messages messages) {
    return new TrainingPersonas(staff, links, clock, messages);
  }

  @Bean
  TrainingChat trainingChat(ChatIngress ingress) {
    return new TrainingChat(ingress);
  }

  @Bean
  TrainingNoticePoster trainingNoticePoster(
      TrainingChat chat, Channels channels, Messages messages) {
    return new TrainingNoticePoster(chat, channels, messages);
  }
}
