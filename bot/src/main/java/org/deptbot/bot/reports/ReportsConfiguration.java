package org.deptbot.bot.reports;

import java.time.Clock;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.ReportDeadlines;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires violation reports and triage in chat. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
class ReportsConfiguration {

  @Bean
  ReporterSeal reporterSeal(ReportProperties properties) {
    if (properties.sealKey().isBlank()) {
      LoggerFactory.getLogger(ReportsConfiguration.class)
          .warn(
              "REPORTS_SEAL_KEY is not set: anonymous reporters can be reached only until the bot"
                  + " restarts. Set it to 32 random bytes in base64 (openssl rand -base64 32).");
      return ReporterSeal.ephemeral();
    }
    return ReporterSeal.fromBase64(properties.sealKey());
  }

  @Bean
  ReportDeadlines reportDeadlines(
      Reports reports,
      StaffMembers staff,
      Clock clock,
      ReportProperties properties,
      AuditTrail audit) {
    return new ReportDeadlines(
        reports,
        staff,
        clock,
        properties.ackReminder(),
        properties.ackEscalation(),
        properties.conflictsToInternalAffairs(),
        audit);
  }

  @Bean
  ReportDesk reportDesk(
      Reports reports,
      StaffMembers staff,
      ReporterSeal seal,
      ReportProperties properties,
      AuditTrail audit,
      Clock clock) {
    return new ReportDesk(reports, staff, seal, properties, audit, clock);
  }

  @Bean
  EvidenceViewer evidenceViewer(EvidenceStore store) {
    return new EvidenceViewer(store);
  }

  @Bean
  CaseCards caseCards(StaffMembers staff, Messages messages, Clock clock, EvidenceViewer evidence) {
    return new CaseCards(staff, messages, clock, evidence);
  }

  @Bean
  CaseNotifier caseNotifier(
      Reports reports, StaffChats chats, CaseCards cards, ReportDesk desk, ButtonActions buttons) {
    return new CaseNotifier(reports, chats, cards, desk, buttons);
  }

  @Bean
  ReportFlow reportFlow(
      Conversations conversations,
      StaffMembers staff,
      ReportDesk desk,
      ReportProperties properties,
      EvidenceStore evidence) {
    return new ReportFlow(conversations, staff, desk, properties, evidence);
  }

  @Bean
  @Order(40)
  ReportCommand reportCommand(Conversations conversations, ReportDesk desk) {
    return new ReportCommand(conversations, desk);
  }

  @Bean
  @Order(41)
  MyCasesCommand myCasesCommand(
      Reports reports,
      ReportDesk reportDesk,
      Triage caseDesk,
      CaseCards cards,
      Conversations conversations) {
    return new MyCasesCommand(reports, reportDesk, caseDesk, cards, conversations);
  }

  @Bean
  @Order(42)
  QueueCommand queueCommand(Reports reports, CaseAccess access, CaseCards cards) {
    return new QueueCommand(reports, access, cards);
  }

  @Bean
  @Order(43)
  CaseCommand caseCommand(Triage desk, CaseAccess access, CaseCards cards) {
    return new CaseCommand(desk, access, cards);
  }

  @Bean
  @Order(44)
  CaseActionCommand caseActionCommand(
      Triage desk,
      CaseAccess access,
      Conversations conversations,
      CaseCards cards,
      EvidenceViewer evidence) {
    return new CaseActionCommand(desk, access, conversations, cards, evidence);
  }

  /** What cases owe is sent on a schedule, so nothing owed before a restart is lost. */
  @Configuration(proxyBeanMethods = false)
  static class Schedule {

    private final CaseNotifier notifier;
    private final ReportDeadlines deadlines;
    private final Reports reports;

    Schedule(CaseNotifier notifier, ReportDeadlines deadlines, Reports reports) {
      this.notifier = notifier;
      this.deadlines = deadlines;
      this.reports = reports;
    }

    @Scheduled(fixedDelayString = "${deptbot.reports.deadlines-every:1m}")
    void deadlines() {
      deadlines.run();
    }

    @Scheduled(fixedDelayString = "${deptbot.reports.notify-every:1s}")
    void notifyOwed() {
      notifier.sendOwed();
    }

    /** What a crash between two writes left in the handlers' queues is removed. */
    @Scheduled(fixedDelayString = "${deptbot.reports.reconcile-every:10m}")
    void reconcileQueues() {
      int removed = reports.reconcile();
      if (removed > 0) {
        LoggerFactory.getLogger(ReportsConfiguration.class)
            .info("Removed {} stale entries from the handlers' case queues", removed);
      }
    }
  }
}
