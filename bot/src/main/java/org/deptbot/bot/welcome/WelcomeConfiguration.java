package org.deptbot.bot.welcome;

import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.department.Departments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires {@code /start}, {@code /help} and {@code /cancel}; the order is the engine's. */
@Configuration(proxyBeanMethods = false)
class WelcomeConfiguration {

  @Bean
  @Order(1)
  StartCommand startCommand(Departments departments) {
    return new StartCommand(departments);
  }

  /** The engine lists the commands {@code /help} describes, so it is looked up when asked. */
  @Bean
  @Order(2)
  HelpCommand helpCommand(ObjectProvider<ChatEngine> engine, Authorization authorization) {
    return new HelpCommand(engine, authorization);
  }

  @Bean
  @Order(100)
  CancelCommand cancelCommand(Conversations conversations) {
    return new CancelCommand(conversations);
  }
}
