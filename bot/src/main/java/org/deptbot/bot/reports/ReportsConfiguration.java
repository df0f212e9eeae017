package org.deptbot.bot.reports;

import java.time.Clock;
import java.time.Duration;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.PlatformTokens;
import org.deptbot.bot.chat.SentCards;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.config.DeptbotProperties;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseHandover;
import org.deptbot.core.reports.EarlyIntervention;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Findings;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.ReportDeadlines;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.SubmissionLimits;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires violation reports and triage in chat. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReportProperties.class, EarlyInterventionProperties.class})
class ReportsConfiguration {

  /**
   * The department's key. Without it every restart would make a new one, and every anonymous
   * reporter and tipster would be out of reach for good: so with a platform token set the bot does
   * not start without it; the training chat alone runs on a key of the moment.
   */
  @Bean
  ReporterSeal reporterSeal(DeptbotProperties settings, PlatformTokens platforms) {
    String key = settings.reports().sealKey();
    if (key.isBlank()) {
      if (platforms.anySet()) {
        throw new IllegalStateException(
            "DEPTBOT_REPORTS_SEAL_KEY is not set. It seals anonymous reporters' and tipsters' contacts,"
                + " and without it they cannot be reached after a restart. Make one once with"
                + " `openssl rand -base64 32`, set DEPTBOT_REPORTS_SEAL_KEY to it, and keep it safe with"
                + " your backups.");
      }
      LoggerFactory.getLogger(ReportsConfiguration.class)
          .warn(
              "DEPTBOT_REPORTS_SEAL_KEY is not set: the training chat runs on a key of the moment, and"
                  + " anonymous reporters can be reached only until the bot restarts.");
      return ReporterSeal.ephemeral();
    }
    try {
      return ReporterSeal.fromBase64(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "DEPTBOT_REPORTS_SEAL_KEY must be 32 bytes in base64 (44 characters), as `openssl rand -base64"
              + " 32` prints it.",
          e);
    }
  }

  @Bean
  SubmissionLimits submissionLimits(MongoOperations mongo, ReporterSeal seal, Clock clock) {
    return new SubmissionLimits(mongo, seal, clock);
  }

  @Bean
  ReportDeadlines reportDeadlines(
      Reports reports,
      StaffMembers staff,
      Clock clock,
      ReportProperties properties,
      AuditTrail audit,
      ProvisionDeadlines urgency) {
    return new ReportDeadlines(
        reports,
        staff,
        clock,
        properties.ackReminder(),
        properties.ackEscalation(),
        properties.conflictsToInternalAffairs(),
        audit,
        urgency);
  }

  @Bean
  EarlyInterventionRound earlyInterventionRound(
      EarlyIntervention flags,
      StaffMembers staff,
      Authorization authorization,
      StaffChats chats,
      Messages messages,
      AuditTrail audit,
      Clock clock,
      EarlyInterventionProperties properties) {
    return new EarlyInterventionRound(
        flags,
        staff,
        authorization,
        chats,
        messages,
        audit,
        clock,
        properties.threshold(),
        properties.window());
  }

  @Bean
  ReportDesk reportDesk(
      Reports reports,
      StaffMembers staff,
      ReporterSeal seal,
      SubmissionLimits limits,
      ReportProperties properties,
      AuditTrail audit,
      Clock clock) {
    return new ReportDesk(reports, staff, seal, limits, properties, audit, clock);
  }

  @Bean
  EvidenceViewer evidenceViewer(EvidenceStore store) {
    return new EvidenceViewer(store);
  }

  @Bean
  CaseCards caseCards(
      StaffMembers staff,
      Messages messages,
      Clock clock,
      EvidenceViewer evidence,
      ProvisionDeadlines urgency,
      TimeShown times,
      Findings findings) {
    return new CaseCards(staff, messages, clock, evidence, urgency, times, findings);
  }

  @Bean
  SentCards sentCards(MongoOperations mongo) {
    return new SentCards(mongo, SentCards.CASE_CARDS);
  }

  @Bean
  CaseNotifier caseNotifier(
      Reports reports,
      StaffChats chats,
      CaseCards cards,
      ReportDesk desk,
      ButtonActions buttons,
      Conversations conversations,
      SentCards sent,
      CaseHandover handover) {
    return new CaseNotifier(reports, chats, cards, desk, buttons, conversations, sent, handover);
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
      Triage triage,
      CaseCards cards,
      Conversations conversations) {
    return new MyCasesCommand(reports, reportDesk, triage, cards, conversations);
  }

  @Bean
  @Order(42)
  QueueCommand queueCommand(Reports reports, CaseAccess access, CaseCards cards) {
    return new QueueCommand(reports, access, cards);
  }

  @Bean
  @Order(43)
  CaseCommand caseCommand(Triage triage, CaseAccess access, CaseCards cards) {
    return new CaseCommand(triage, access, cards);
  }

  @Bean
  @Order(44)
  CaseActionCommand caseActionCommand(
      Triage triage,
      CaseAccess access,
      Conversations conversations,
      CaseCards cards,
      EvidenceViewer evidence) {
    return new CaseActionCommand(triage, access, conversations, cards, evidence);
  }

  /** What cases owe is sent on a schedule, so nothing owed before a restart is lost. */
  @Configuration(proxyBeanMethods = false)
  static class Schedule {

    private final CaseNotifier notifier;
    private final ReportDeadlines deadlines;
    private final Reports reports;
    private final SubmissionLimits limits;
    private final RoundLeases leases;
    private final EarlyInterventionRound earlyIntervention;

    Schedule(
        CaseNotifier notifier,
        ReportDeadlines deadlines,
        Reports reports,
        SubmissionLimits limits,
        RoundLeases leases,
        EarlyInterventionRound earlyIntervention) {
      this.notifier = notifier;
      this.deadlines = deadlines;
      this.reports = reports;
      this.limits = limits;
      this.leases = leases;
      this.earlyIntervention = earlyIntervention;
    }

    /** Members who crossed the early-intervention threshold are flagged to internal affairs. */
    @Scheduled(fixedDelayString = "${deptbot.cases.early-intervention.every:5m}")
    void earlyIntervention() {
      leases.tryRun("reports.early-intervention", earlyIntervention::run);
    }

    /** The per-hour counters of hours that are over are deleted: they must leave no trace. */
    @Scheduled(fixedDelayString = "${deptbot.chat.sweep-every:1m}")
    void sweepLimits() {
      leases.tryRun("reports.limits-sweep", limits::sweep);
    }

    @Scheduled(fixedDelayString = "${deptbot.reports.deadlines-every:1m}")
    void deadlines() {
      leases.tryRun("reports.deadlines", deadlines::run);
    }

    @Scheduled(fixedDelayString = "${deptbot.reports.notify-every:1s}")
    void notifyOwed() {
      leases.tryRun("reports.notify", notifier::sendOwed);
    }

    /** What a crash between two writes left in the handlers' queues is removed. */
    @Scheduled(fixedDelayString = "${deptbot.reports.reconcile-every:10m}")
    void reconcileQueues() {
      leases.tryRun(
          "reports.reconcile",
          Duration.ofMinutes(30),
          () -> {
            int removed = reports.reconcile();
            if (removed > 0) {
              LoggerFactory.getLogger(ReportsConfiguration.class)
                  .info("Removed {} stale entries from the handlers' case queues", removed);
            }
          });
    }
  }
}
