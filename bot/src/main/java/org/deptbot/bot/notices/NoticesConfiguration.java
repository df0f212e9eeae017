package org.deptbot.bot.notices;

import java.time.Clock;
import java.util.List;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.VariableRules;
import org.deptbot.core.zones.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the notice commands, the receipts and expiry. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(TestMessageProperties.class)
class NoticesConfiguration {

  @Bean
  NoticeReceipts noticeReceipts(MongoOperations mongo, Clock clock) {
    return new NoticeReceipts(mongo, clock);
  }

  @Bean
  DeliveryReport deliveryReport(
      Deliveries deliveries,
      Notices notices,
      Channels channels,
      Messages messages,
      ObjectProvider<DeliveryService> delivery,
      TimeShown time) {
    return new DeliveryReport(deliveries, notices, channels, messages, delivery, time);
  }

  @Bean
  ReceiptReporter receiptReporter(
      NoticeReceipts receipts, DeliveryReport report, StaffChats chats) {
    return new ReceiptReporter(receipts, report, chats);
  }

  @Bean
  NoticeExpiry noticeExpiry(
      Notices notices, ObjectProvider<DeliveryService> delivery, NoticeDesk desk, Clock clock) {
    return new NoticeExpiry(notices, delivery, desk, clock);
  }

  @Bean
  NoticeRelease noticeRelease(
      Notices notices, NoticeDesk desk, ObjectProvider<DeliveryService> delivery, Clock clock) {
    return new NoticeRelease(notices, desk, delivery, clock);
  }

  @Bean
  TestMessageRound testMessageRound(
      TestMessages tests,
      NoticeDesk desk,
      ObjectProvider<DeliveryService> delivery,
      TimeShown time,
      Clock clock) {
    return new TestMessageRound(tests, desk, delivery, time.zone(), clock);
  }

  @Bean
  NoticeConfirmations noticeConfirmations(
      NoticeReceipts receipts,
      ObjectProvider<DeliveryService> delivery,
      NoticeChangeTexts replies) {
    return new NoticeConfirmations(receipts, delivery, replies);
  }

  @Bean
  NoticePreviews noticePreviews(
      NoticePosts posts,
      Channels channels,
      Subscribers subscribers,
      Guardrails guardrails,
      NoticeProblemTexts words,
      List<NoticePoster> posters,
      Notices notices,
      Zones zones) {
    return new NoticePreviews(
        posts, channels, subscribers, guardrails, words, posters, notices, zones);
  }

  @Bean
  NoticeProblemTexts noticeWords(Messages messages, TimeShown time, Clock clock) {
    return new NoticeProblemTexts(messages, time, clock);
  }

  @Bean
  NoticeChangeTexts noticeReplies(NoticeProblemTexts words) {
    return new NoticeChangeTexts(words);
  }

  @Bean
  NoticeFlow noticeFlow(
      Conversations conversations,
      Templates templates,
      VariableRules rules,
      NoticePhotos photos,
      NoticePreviews previews,
      NoticeDesk desk,
      NoticeChangeTexts replies,
      NoticeConfirmations confirmations,
      NoticeProblemTexts words,
      Clock clock) {
    return new NoticeFlow(
        conversations,
        templates,
        rules,
        photos,
        previews,
        desk,
        replies,
        confirmations,
        words,
        clock);
  }

  @Bean
  @Order(10)
  NoticeCommand noticeCommand(
      Templates templates,
      VariableRules rules,
      NoticePreviews previews,
      NoticeFlow flow,
      NoticeProblemTexts words) {
    return new NoticeCommand(templates, rules, previews, flow, words);
  }

  @Bean
  @Order(11)
  NoticesCommand noticesCommand(
      Notices notices, TimeShown time, NoticeProblemTexts words, TestMessages tests, Clock clock) {
    return new NoticesCommand(notices, time, words, tests, clock);
  }

  @Bean
  @Order(12)
  NoticeUpdateCommand noticeUpdateCommand(
      NoticeDesk desk,
      Templates templates,
      VariableRules rules,
      NoticeFlow flow,
      NoticeProblemTexts words) {
    return new NoticeUpdateCommand(desk, templates, rules, flow, words);
  }

  @Bean
  @Order(13)
  NoticeCancelCommand noticeCancelCommand(
      NoticeDesk desk, NoticeConfirmations confirmations, NoticeProblemTexts words) {
    return new NoticeCancelCommand(desk, confirmations, words);
  }

  @Bean
  @Order(14)
  NoticeFoundCommand noticeFoundCommand(NoticeDesk desk, NoticeConfirmations confirmations) {
    return new NoticeFoundCommand(desk, confirmations);
  }

  @Bean
  @Order(15)
  NoticeStatusCommand noticeStatusCommand(NoticeDesk desk, DeliveryReport report) {
    return new NoticeStatusCommand(desk, report);
  }

  @Bean
  EmergencyFlow emergencyFlow(
      Conversations conversations,
      Channels channels,
      Zones zones,
      NoticePreviews previews,
      NoticeDesk desk,
      NoticeChangeTexts replies,
      NoticeConfirmations confirmations,
      NoticeProblemTexts words) {
    return new EmergencyFlow(
        conversations, channels, zones, previews, desk, replies, confirmations, words);
  }

  @Bean
  @Order(16)
  EmergencyCommand emergencyCommand(EmergencyFlow flow) {
    return new EmergencyCommand(flow);
  }

  @Bean
  EmergencyReviews emergencyReviews(
      Notices notices,
      StaffMembers staff,
      Authorization authorization,
      StaffChats chats,
      ButtonActions buttons,
      MongoOperations mongo,
      Messages messages,
      TimeShown times,
      AuditTrail audit,
      Clock clock,
      NoticeDesk desk) {
    return new EmergencyReviews(
        notices,
        staff,
        authorization,
        chats,
        buttons,
        mongo,
        messages,
        times,
        audit,
        clock,
        desk.reviewWithin());
  }

  @Bean
  EmergencyReviewCommand emergencyReviewCommand(
      NoticeDesk desk,
      ObjectProvider<EmergencyReviews> reviews,
      NoticeUpdateCommand update,
      NoticeConfirmations confirmations,
      NoticeProblemTexts words,
      StaffMembers staff) {
    return new EmergencyReviewCommand(desk, reviews, update, confirmations, words, staff);
  }

  /**
   * Emergency issues' review cards (owed cards every few seconds) and escalation (every minute) are
   * worked out from what is stored, so a restart misses none.
   */
  @Configuration(proxyBeanMethods = false)
  static class EmergencySchedules {

    private final EmergencyReviews reviews;
    private final RoundLeases leases;

    EmergencySchedules(EmergencyReviews reviews, RoundLeases leases) {
      this.reviews = reviews;
      this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${deptbot.notices.emergency-cards-every:2s}")
    void cards() {
      leases.tryRun("notices.emergency-cards", reviews::sendCards);
    }

    @Scheduled(fixedDelayString = "${deptbot.notices.emergency-escalate-every:1m}")
    void escalate() {
      leases.tryRun("notices.emergency-escalate", reviews::escalate);
    }
  }

  /**
   * Receipts, scheduled notices, test messages and expiry run on a schedule, so what was owed
   * before a restart happens after.
   */
  @Configuration(proxyBeanMethods = false)
  static class Schedules {

    private final ReceiptReporter receipts;
    private final NoticeExpiry expiry;
    private final NoticeRelease release;
    private final RoundLeases leases;
    private final TestMessageRound tests;
    private final boolean sendTestMessages;

    Schedules(
        ReceiptReporter receipts,
        NoticeExpiry expiry,
        NoticeRelease release,
        TestMessageRound tests,
        TestMessageProperties testMessages,
        RoundLeases leases) {
      this.receipts = receipts;
      this.expiry = expiry;
      this.release = release;
      this.tests = tests;
      this.sendTestMessages = testMessages.enabled();
      this.leases = leases;
    }

    /**
     * Off ({@code deptbot.notices.test-messages.enabled=false}) in the bot's own tests, whose
     * shared contexts run on the real clock with the example seed: on its first Wednesday a test
     * post would otherwise land among theirs. The tests that check the round drive it themselves.
     */
    @Scheduled(fixedDelayString = "${deptbot.notices.test-messages-every:60s}")
    void testMessages() {
      if (sendTestMessages) {
        leases.tryRun("notices.test-messages", tests::issueDue);
      }
    }

    @Scheduled(fixedDelayString = "${deptbot.notices.release-every:15s}")
    void release() {
      leases.tryRun("notices.release", release::releaseDue);
    }

    @Scheduled(fixedDelayString = "${deptbot.notices.receipts-every:1s}")
    void receipts() {
      leases.tryRun("notices.receipts", receipts::reportFinished);
    }

    @Scheduled(fixedDelayString = "${deptbot.notices.expiry-every:30s}")
    void expiry() {
      leases.tryRun("notices.expiry", expiry::expireDue);
    }
  }
}
