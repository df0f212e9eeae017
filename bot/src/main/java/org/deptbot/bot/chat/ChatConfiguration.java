package org.deptbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.department.Departments;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.subscribers.Subscribers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the conversation engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ChatProperties.class, PlatformTokens.class})
class ChatConfiguration {

  @Bean
  Messages chatMessages(MessageSource source, ChatProperties settings) {
    return new Messages(source, settings.locale());
  }

  @Bean
  Conversations conversations(
      MongoOperations mongo, ReporterSeal seal, Clock clock, ChatProperties settings) {
    return new Conversations(mongo, seal, clock, settings.flowTimeout());
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
  FloodGuard floodGuard(Clock clock, ChatProperties settings) {
    return new FloodGuard(settings.flood().burst(), settings.flood().refillEvery(), clock);
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
      Messages messages,
      ReaderLanguages languages) {
    return new ChatEngine(
        commands,
        flows,
        authorization,
        links,
        staff,
        conversations,
        buttons,
        floodGuard,
        messages,
        languages);
  }

  @Bean
  ReaderLanguages readerLanguages(
      Departments departments, Subscribers subscribers, ChatProperties settings) {
    return new ReaderLanguages(departments, subscribers, settings.locale());
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
    private final RoundLeases leases;

    Housekeeping(
        Conversations conversations,
        ButtonActions buttons,
        ReceivedUpdates updates,
        RoundLeases leases) {
      this.conversations = conversations;
      this.buttons = buttons;
      this.updates = updates;
      this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${deptbot.chat.sweep-every:1m}")
    void sweep() {
      leases.tryRun(
          "chat.sweep",
          () -> {
            conversations.sweep();
            buttons.sweep();
            updates.sweep(Duration.ofDays(2));
          });
    }
  }
}
