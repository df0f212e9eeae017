package org.deptbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;

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
      ReporterSeal seal,
      Clock clock,
      @Value("${deptbot.chat.flow-timeout:30m}") Duration timeout) {
    return new Conversations(mongo, seal, clock, timeout);
  }

  @Bean
  ButtonActions buttonActions(MongoOperations mongo, ReporterSeal seal, Clock clock) {
    return new ButtonActions(mongo, seal, clock);
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
  ChatIngress chatIngress(ReceivedUpdates updates, ChatEngine engine, Conversations conversations) {
    return new ChatIngress(updates, engine, conversations);
  }

  /**
   * Expired flows and buttons, and handled updates past redelivery, are deleted on a schedule: the
   * embedded database has no TTL indexes, and none of them may outlive its use.
   */
  @Configuration(proxyBeanMethods = false)
  static class Housekeeping {

    private final Conversations conversations;
    private final ButtonActions buttons;
    private final ReceivedUpdates updates;

    Housekeeping(Conversations conversations, ButtonActions buttons, ReceivedUpdates updates) {
      this.conversations = conversations;
      this.buttons = buttons;
      this.updates = updates;
    }

    @Scheduled(fixedDelayString = "${deptbot.chat.sweep-every:1m}")
    void sweep() {
      conversations.sweep();
      buttons.sweep();
      updates.sweep(Duration.ofDays(2));
    }
  }
}
