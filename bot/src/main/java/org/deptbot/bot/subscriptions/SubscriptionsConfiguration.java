package org.deptbot.bot.subscriptions;

import org.deptbot.bot.chat.ReaderLanguages;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.zones.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires {@code /subscribe}, {@code /unsubscribe} and {@code /subscriptions}. */
@Configuration(proxyBeanMethods = false)
class SubscriptionsConfiguration {

  @Bean
  @Order(30)
  SubscribeCommand subscribeCommand(
      Subscribers subscribers, ReaderLanguages languages, Zones zones, TestMessages tests) {
    return new SubscribeCommand(subscribers, languages, zones, tests);
  }

  @Bean
  @Order(31)
  UnsubscribeCommand unsubscribeCommand(Subscribers subscribers, TestMessages tests) {
    return new UnsubscribeCommand(subscribers, tests);
  }

  @Bean
  @Order(32)
  SubscriptionsCommand subscriptionsCommand(Subscribers subscribers, TestMessages tests) {
    return new SubscriptionsCommand(subscribers, tests);
  }

  @Bean
  @Order(33)
  ZonesCommand zonesCommand(Subscribers subscribers, Zones zones) {
    return new ZonesCommand(subscribers, zones);
  }
}
