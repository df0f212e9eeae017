package org.deptbot.bot.tips;

import java.time.Clock;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.SentCards;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.SubmissionLimits;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.TipAccess;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires public tips and the tips desk in chat. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TipProperties.class)
class TipsConfiguration {

  @Bean
  TipDesk tipDesk(
      Tips tips,
      StaffMembers staff,
      ReporterSeal seal,
      SubmissionLimits limits,
      TipAccess access,
      TipProperties properties,
      Clock clock) {
    return new TipDesk(tips, staff, seal, limits, access, properties, clock);
  }

  @Bean
  TipCards tipCards(
      StaffMembers staff, Notices notices, TipPhotos photos, Messages messages, Clock clock) {
    return new TipCards(staff, notices, photos, messages, clock);
  }

  @Bean
  TipNotifier tipNotifier(
      Tips tips,
      TipDesk desk,
      TipCards cards,
      StaffChats chats,
      ButtonActions buttons,
      Conversations conversations,
      MongoOperations mongo,
      org.deptbot.bot.chat.ReaderLanguages languages) {
    return new TipNotifier(
        tips,
        desk,
        cards,
        chats,
        buttons,
        conversations,
        new SentCards(mongo, SentCards.TIP_CARDS),
        languages);
  }

  @Bean
  UrgentTipReminders urgentTipReminders(
      Tips tips, TipDesk desk, TipCards cards, TipNotifier notifier, TipProperties properties) {
    return new UrgentTipReminders(tips, desk, cards, notifier, properties);
  }

  @Bean
  TipFlow tipFlow(
      Conversations conversations, TipDesk desk, TipPhotos photos, TipProperties properties) {
    return new TipFlow(conversations, desk, photos, properties);
  }

  @Bean
  @Order(33)
  TipCommand tipCommand(TipFlow flow, TipDesk desk, Notices notices) {
    return new TipCommand(flow, desk, notices);
  }

  @Bean
  @Order(34)
  MyTipCommand myTipCommand(TipDesk desk, TipCards cards, Conversations conversations) {
    return new MyTipCommand(desk, cards, conversations);
  }

  @Bean
  @Order(45)
  TipActionCommand tipActionCommand(TipDesk desk, Conversations conversations) {
    return new TipActionCommand(desk, conversations);
  }

  /** What tips owe is sent on a schedule, so nothing owed before a restart is lost. */
  @Configuration(proxyBeanMethods = false)
  static class Schedule {

    private final TipNotifier notifier;
    private final UrgentTipReminders reminders;
    private final RoundLeases leases;

    Schedule(TipNotifier notifier, UrgentTipReminders reminders, RoundLeases leases) {
      this.notifier = notifier;
      this.reminders = reminders;
      this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${deptbot.tips.notify-every:1s}")
    void notifyOwed() {
      leases.tryRun("tips.notify", notifier::sendOwed);
    }

    /** Urgent tips nobody has acknowledged go to the desk again. */
    @Scheduled(fixedDelayString = "${deptbot.tips.remind-check-every:30s}")
    void remindUrgent() {
      leases.tryRun("tips.remind", reminders::remindDue);
    }
  }
}
