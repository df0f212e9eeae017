package org.deptbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Wires the conversation engine. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

  @Bean
  Messages chatMessages(MessageSource source, @Value("${deptbot.chat.locale:en}") Locale locale) {
    return new Messages(source, locale);
  }

  @Bean
  Conversations conversations(
      MongoOperations mongo,
      Clock clock,
      @Value("${deptbot.chat.flow-timeout:30m}") Duration timeout) {
    return new Conversations(mongo, clock, timeout);
  }

  @Bean
  ButtonActions buttonActions(MongoOperations mongo, Clock clock) {
    return new ButtonActions(mongo, clock);
  }

  @Bean
  ReceivedUpdates receivedUpdates(MongoOperations mongo, Clock clock) {
    return new ReceivedUpdates(mongo, clock);
  }

  @Bean
  FloodGuard floodGuard(
      Clock clock,
      @Value("${deptbot.chat.flood.burst:8}") int burst,
      @Value("${deptbot.chat.flood.refill-every:2s}") Duration refillEvery) {
    return new FloodGuard(burst, refillEvery, clock);
  }

  @Bean
  ChatEngine chatEngine(
      List<ChatCommand> commands,
      List<ChatFlow> flows,
      Authorization authorization,
      ChatLinks links,
      StaffMembers staff,
      Conversations conversations,
      ButtonActions buttons,
      FloodGuard floodGuard,
      Messages messages) {
    return new ChatEngine(
        commands, flows, authorization, links, staff, conversations, buttons, floodGuard, messages);
  }

  @Bean
  StaffChats staffChats(ChatLinks links, StaffMembers staff, List<ChatAdapter> adapters) {
    return new StaffChats(links, staff, adapters);
  }

  @Bean
  ChatIngress chatIngress(ReceivedUpdates updates, ChatEngine engine) {
    return new ChatIngress(updates, engine);
  }
}
