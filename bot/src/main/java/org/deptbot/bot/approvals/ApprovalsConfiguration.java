package org.deptbot.bot.approvals;

import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.department.Departments;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.Templates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires {@code /approvals} and the Approve and Reject buttons under it. */
@Configuration(proxyBeanMethods = false)
class ApprovalsConfiguration {

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
