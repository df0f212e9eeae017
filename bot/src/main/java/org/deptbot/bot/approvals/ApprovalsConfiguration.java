package org.deptbot.bot.approvals;

import java.time.Clock;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.department.Departments;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires {@code /approvals} and the Approve and Reject buttons under it, and the reminders of
 * templates waiting for approval.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalProperties.class)
class ApprovalsConfiguration {

  @Bean
  ApprovalReminderRound approvalReminderRound(
      Templates templates,
      ApprovalReminders reminders,
      StaffMembers staff,
      Authorization authorization,
      StaffChats chats,
      Messages messages,
      TimeShown times,
      AuditTrail audit,
      Clock clock,
      ApprovalProperties properties) {
    return new ApprovalReminderRound(
        templates,
        reminders,
        staff,
        authorization,
        chats,
        messages,
        times,
        audit,
        clock,
        properties.remindAfter());
  }

  /** The reminders are worked out from what is stored, so a restart misses none. */
  @Configuration(proxyBeanMethods = false)
  static class Schedule {

    private final ApprovalReminderRound round;
    private final RoundLeases leases;

    Schedule(ApprovalReminderRound round, RoundLeases leases) {
      this.round = round;
      this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${deptbot.approvals.remind-every:1m}")
    void remind() {
      leases.tryRun("approvals.remind", round::run);
    }
  }

  @Bean
  @Order(20)
  ApprovalsCommand approvalsCommand(
      Templates templates, TemplateSamples samples, Departments departments) {
    return new ApprovalsCommand(templates, samples, departments);
  }

  @Bean
  ApproveCommand approveCommand(TemplateApprovals approvals, AuditTrail audit) {
    return new ApproveCommand(approvals, audit);
  }

  @Bean
  RejectCommand rejectCommand(
      TemplateApprovals approvals, Conversations conversations, AuditTrail audit) {
    return new RejectCommand(approvals, conversations, audit);
  }
}
