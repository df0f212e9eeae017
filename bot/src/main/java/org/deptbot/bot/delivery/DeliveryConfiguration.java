package org.deptbot.bot.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.department.Departments;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.TimeShown;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Wires notice rendering and the delivery workers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeliveryProperties.class, SendBudgetProperties.class})
class DeliveryConfiguration {

  @Bean
  NoticePosts noticePosts(
      Departments departments,
      NoticePhotos photos,
      Messages messages,
      TimeShown time,
      org.deptbot.core.channels.Channels channels) {
    return new NoticePosts(departments, photos, messages, time, channels);
  }

  /**
   * Shared by the delivery workers and the chat adapters' replies, and through the database with
   * every other bot on it; see {@link SendBudgets}.
   */
  @Bean
  SendBudgets sendBudgets(
      SendBudgetProperties budget, Clock clock, MongoOperations mongo, ReporterSeal seal) {
    SharedSendWindows shared = new SharedSendWindows(mongo, clock, seal);
    shared.createIndexes();
    return new SendBudgets(budget.reservedForReplies(), clock, shared);
  }

  @Bean
  @ConditionalOnProperty(name = "deptbot.delivery.enabled", matchIfMissing = true)
  DeliveryService deliveryService(
      List<NoticePoster> posters,
      Optional<StandInPoster> standIn,
      Deliveries deliveries,
      DeliveryPlanner planner,
      Notices notices,
      Subscribers subscribers,
      NoticePosts posts,
      DeliveryProperties properties,
      Messages messages,
      Clock clock,
      ChatMigrations migrations,
      SendBudgets budgets,
      RoundLeases leases,
      MongoOperations mongo) {
    DeliveryService service =
        new DeliveryService(
            posters,
            standIn,
            deliveries,
            planner,
            notices,
            subscribers,
            posts,
            properties,
            messages,
            clock,
            migrations,
            budgets,
            new SenderLeases(mongo, clock, properties.senderLease()));
    service.shareRoundsThrough(leases);
    return service;
  }
}
